package org.between.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client lets their linked therapist see, per category (API.md
 * {@code GET|PUT /api/v1/me/sharing}). Everything is off for a new link: linking shares
 * the client's name only. Journal entries and the safety plan are shared item by item in
 * their own modules and are not part of this choice.
 *
 * @param checkins check-in trends and urges: mood and distress over time and the
 * strongest urges, never the notes
 * @param riskFlags the moments the safety rules reacted (a flagged check-in, a PHQ-9 item
 * 9 above 0), with their date
 * @param measures questionnaires (PHQ-9, GAD-7, self-reliance): scores, bands and answers
 * @param skills skills practised, with distress before and after, never the notes
 * @param insights the insights page: whom the client turned to first, the skills that
 * work
 */
public record SharingChoice(boolean checkins, boolean riskFlags, boolean measures, boolean skills, boolean insights) {

	/** A new link: the name only. */
	public static final SharingChoice NOTHING = new SharingChoice(false, false, false, false, false);

	/** Whether the category is shared. */
	public boolean allows(Category category) {
		return switch (category) {
			case CHECKINS -> this.checkins;
			case RISK_FLAGS -> this.riskFlags;
			case MEASURES -> this.measures;
			case SKILLS -> this.skills;
			case INSIGHTS -> this.insights;
		};
	}

	/** The same choice with one category set. */
	public SharingChoice with(Category category, boolean shared) {
		return new SharingChoice((category == Category.CHECKINS) ? shared : this.checkins,
				(category == Category.RISK_FLAGS) ? shared : this.riskFlags,
				(category == Category.MEASURES) ? shared : this.measures,
				(category == Category.SKILLS) ? shared : this.skills,
				(category == Category.INSIGHTS) ? shared : this.insights);
	}

	/** The categories shared, in order. */
	public List<Category> shared() {
		List<Category> on = new ArrayList<>();
		for (Category category : Category.values()) {
			if (allows(category)) {
				on.add(category);
			}
		}
		return List.copyOf(on);
	}

	/** Every category, in order (for pages that list them). */
	public List<Category> categories() {
		return List.of(Category.values());
	}

	/** Whether anything at all is shared. */
	public boolean any() {
		return !shared().isEmpty();
	}

	/** The categories of the choice, in the order pages list them. */
	public enum Category {

		CHECKINS("checkins"), RISK_FLAGS("riskFlags"), MEASURES("measures"), SKILLS("skills"), INSIGHTS("insights");

		private final String key;

		Category(String key) {
			this.key = key;
		}

		/** The field of the JSON body and of the forms, e.g. {@code riskFlags}. */
		public String key() {
			return this.key;
		}

	}

}
