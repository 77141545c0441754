package org.between.measures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questionnaires Between offers: how many items, the answer scale, the published
 * bands and the threshold of a reliable change. Texts live in {@code messages.properties}
 * under {@code measures.<code>.*}; the wording of PHQ-9 and GAD-7 is the published one
 * and must not be edited.
 */
public enum Instrument {

	/** Patient Health Questionnaire, 9 items, 0–3 each. */
	PHQ9(9, 3, 6, "44261-6",
			List.of(new Band(0, 4, Severity.MINIMAL), new Band(5, 9, Severity.MILD),
					new Band(10, 14, Severity.MODERATE), new Band(15, 19, Severity.MODERATELY_SEVERE),
					new Band(20, 27, Severity.SEVERE))),

	/** Generalized Anxiety Disorder scale, 7 items, 0–3 each. */
	GAD7(7, 3, 4, "70274-6",
			List.of(new Band(0, 4, Severity.MINIMAL), new Band(5, 9, Severity.MILD),
					new Band(10, 14, Severity.MODERATE), new Band(15, 21, Severity.SEVERE))),

	/**
	 * Written for Between; not a validated instrument, so it has no bands, no reliable
	 * change threshold and no LOINC code. Higher means more able to carry things alone.
	 */
	SELF_RELIANCE(7, 4, 0, null, List.of());

	private final int items;

	private final int maxAnswer;

	private final int reliableChange;

	private final String loinc;

	private final List<Band> bands;

	Instrument(int items, int maxAnswer, int reliableChange, String loinc, List<Band> bands) {
		this.items = items;
		this.maxAnswer = maxAnswer;
		this.reliableChange = reliableChange;
		this.loinc = loinc;
		this.bands = bands;
	}

	/** The instrument of a path segment such as {@code PHQ9} or {@code phq9}. */
	public static Optional<Instrument> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (Instrument instrument : values()) {
			if (instrument.name().equals(wanted)) {
				return Optional.of(instrument);
			}
		}
		return Optional.empty();
	}

	public int items() {
		return this.items;
	}

	public int maxAnswer() {
		return this.maxAnswer;
	}

	public int maxScore() {
		return this.items * this.maxAnswer;
	}

	public List<Band> bands() {
		return this.bands;
	}

	/** Points of change that count as reliable; 0 when the instrument has none. */
	public int reliableChangeThreshold() {
		return this.reliableChange;
	}

	public Optional<String> loinc() {
		return Optional.ofNullable(this.loinc);
	}

	/** The key prefix of its texts, e.g. {@code measures.phq9}. */
	public String messagePrefix() {
		return "measures." + name().toLowerCase(Locale.ROOT).replace("_", "");
	}

	/** Sums the answers; they must have been checked with {@link Scoring#problems}. */
	public int score(List<Integer> answers) {
		return answers.stream().mapToInt(Integer::intValue).sum();
	}

	/** The band the score falls into; empty for an instrument without bands. */
	public Optional<Severity> severity(int score) {
		return this.bands.stream().filter((b) -> b.contains(score)).map(Band::severity).findFirst();
	}

}
