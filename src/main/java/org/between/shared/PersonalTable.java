package org.between.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table's rows of a person, for {@link PersonalRows}: which rows are exported (the
 * person's own), which are erased (every row naming them), which columns are left out of
 * the export (hashes and secrets), and the {@code table.column} pairs it covers. Each
 * condition is SQL in which every {@code ?} stands for the person's id.
 *
 * @param table the table
 * @param exported the rows exported (null: none)
 * @param erased the rows deleted
 * @param covers the {@code table.column} pairs naming the person
 * @param hidden columns never exported
 * @param cleared columns set to null where they name the person (the row is another
 * person's: a skill a therapist suggested stays the client's)
 * @param idColumn the column whose value is the row id in the associated data of its
 * ciphertexts ({@code id}; {@code client_id} for a table with one row per client)
 */
public record PersonalTable(String table, String exported, String erased, Set<String> covers, Set<String> hidden,
		List<String> cleared, String idColumn) {

	/** A table whose row id is its {@code id} column. */
	public PersonalTable(String table, String exported, String erased, Set<String> covers, Set<String> hidden,
			List<String> cleared) {
		this(table, exported, erased, covers, hidden, cleared, "id");
	}

	/**
	 * The rows' id for the ciphertexts' associated data is {@code column} (a table keyed
	 * by its client, such as {@code endings_portfolio}).
	 */
	public PersonalTable keyedBy(String column) {
		return new PersonalTable(this.table, this.exported, this.erased, this.covers, this.hidden, this.cleared,
				column);
	}

	/** Rows naming the person in any of the columns: exported and erased. */
	public static PersonalTable of(String table, String... columns) {
		String condition = Arrays.stream(columns).map((c) -> c + " = ?").collect(Collectors.joining(" or "));
		return new PersonalTable(table, condition, condition, pairs(table, columns), Set.of(), List.of());
	}

	/**
	 * Rows that belong to the person through another table (their check-in's actions):
	 * exported and erased, naming no person themselves.
	 */
	public static PersonalTable through(String table, String condition) {
		return new PersonalTable(table, condition, condition, Set.of(), Set.of(), List.of());
	}

	/**
	 * Exports only the rows where the person is named in {@code columns} (a therapist
	 * exports their own messages, not the client's); erases as before.
	 */
	public PersonalTable exporting(String... columns) {
		String condition = (columns.length == 0) ? null
				: Arrays.stream(columns).map((c) -> c + " = ?").collect(Collectors.joining(" or "));
		return new PersonalTable(this.table, condition, this.erased, this.covers, this.hidden, this.cleared,
				this.idColumn);
	}

	/** Also erases the rows naming the person in {@code columns} (not exported). */
	public PersonalTable erasingAlso(String... columns) {
		String more = Arrays.stream(columns).map((c) -> c + " = ?").collect(Collectors.joining(" or "));
		Set<String> covered = new LinkedHashSet<>(this.covers);
		covered.addAll(pairs(this.table, columns));
		return new PersonalTable(this.table, this.exported, "(" + this.erased + ") or " + more, Set.copyOf(covered),
				this.hidden, this.cleared, this.idColumn);
	}

	/**
	 * Also erases the rows that belong to the person through another table (the break
	 * plans of a therapist's absences): {@code condition} is SQL with {@code ?} for the
	 * id.
	 */
	public PersonalTable erasingWhere(String condition) {
		return new PersonalTable(this.table, this.exported, "(" + this.erased + ") or " + condition, this.covers,
				this.hidden, this.cleared, this.idColumn);
	}

	/** Leaves columns out of the export (password hashes, token hashes, secrets). */
	public PersonalTable hiding(String... columns) {
		return new PersonalTable(this.table, this.exported, this.erased, this.covers, Set.of(columns), this.cleared,
				this.idColumn);
	}

	/**
	 * Where {@code column} names the person, sets it (and {@code alsoNull}, their name
	 * beside it) to null instead of deleting the row (run before the deletion).
	 */
	public PersonalTable clearing(String column, String... alsoNull) {
		Set<String> covered = new LinkedHashSet<>(this.covers);
		covered.addAll(pairs(this.table, column));
		List<String> clears = new java.util.ArrayList<>(this.cleared);
		clears.add(String.join(",",
				java.util.stream.Stream.concat(java.util.stream.Stream.of(column), Arrays.stream(alsoNull)).toList()));
		return new PersonalTable(this.table, this.exported, this.erased, Set.copyOf(covered), this.hidden,
				List.copyOf(clears), this.idColumn);
	}

	/** Rows only erased, never exported (another person's record of them). */
	public static PersonalTable erasedOnly(String table, String... columns) {
		return of(table, columns).exporting();
	}

	private static Set<String> pairs(String table, String... columns) {
		return Arrays.stream(columns).map((c) -> table + "." + c).collect(Collectors.toUnmodifiableSet());
	}

}
