package org.between.toolbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The situations a skill helps with (its tags), and the situation a practice happened in.
 * API.md "toolbox" lists them.
 */
public enum Situation {

	ANXIETY, LOW_MOOD, FLASHBACK, URGES, ANGER, LONELINESS, SLEEP;

	/** The situation with this name (any case, surrounding blanks ignored), if any. */
	public static Optional<Situation> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.name().equals(wanted)).findFirst();
	}

	/** The key of its words in {@code messages.properties}. */
	public String messageKey() {
		return "toolbox.situation." + name();
	}

}
