package org.between.shared;

import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;

/**
 * One module's part of a person's data, for the export and the erasure (the {@code data}
 * module, docs/export.md, docs/retention.md). Each module that stores rows naming a
 * person has one package-private bean implementing this; most hand their tables to
 * {@link PersonalRows} and need no code of their own. {@code data}'s completeness test
 * fails when a table holds a row naming a person that no {@link #covers()} names.
 */
public interface PersonalData {

	/** The module's name: the key of its part in {@code data.json}. */
	String name();

	/**
	 * Writes the person's part as one JSON value (an object of arrays, one per table),
	 * with what they wrote decrypted. Reads row by row: never the whole part in memory.
	 */
	void export(UUID person, JsonGenerator out);

	/** Deletes every row of the person. Runs inside the erasure's transaction. */
	void erase(UUID person);

	/** The {@code table.column} pairs naming a person that this part reads and erases. */
	Set<String> covers();

}
