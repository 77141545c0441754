package org.between.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.between.contact.AgreementInput.ReadingHoursInput;
import org.between.shared.InputProblems;

/**
 * The rules of a proposal that need no database: known categories, a response time of
 * 1–168 hours (one week: a promise longer than the usual gap between sessions is no
 * promise of contact between them), texts within 2 000 characters, reading hours on at
 * least one day with the start before the end, a review date not in the past nor more
 * than two years ahead. Every problem at once (400).
 */
final class AgreementValidation {

	static final int MIN_RESPONSE_HOURS = 1;

	static final int MAX_RESPONSE_HOURS = 168;

	static final int MAX_TEXT = 2000;

	static final int MAX_YEARS_AHEAD = 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private AgreementValidation() {
	}

	/** A proposal that passed every check; texts as written, a blank one as none. */
	record Proposal(List<ContactCategory> categories, int responseTimeHours, ReadingHours readingHours,
			String crisisInstructions, String duringAbsences, LocalDate reviewDate, boolean riskEmailAlerts) {
	}

	static Proposal check(AgreementInput input, ZoneId zone, LocalDate today) {
		InputProblems problems = new InputProblems();
		List<ContactCategory> categories = categories(input.allowedCategories(), problems);
		Integer hours = input.responseTimeHours();
		problems.require(hours != null && hours >= MIN_RESPONSE_HOURS && hours <= MAX_RESPONSE_HOURS,
				"responseTimeHours", "contact.agreement.responseTime.range");
		ReadingHours reading = readingHours(input.readingHours(), zone, problems);
		String crisis = blankToNull(input.crisisInstructions());
		problems.require(crisis != null, "crisisInstructions", "contact.agreement.crisis.required");
		problems.require(crisis == null || crisis.length() <= MAX_TEXT, "crisisInstructions",
				"contact.agreement.text.tooLong");
		String absences = blankToNull(input.duringAbsences());
		problems.require(absences == null || absences.length() <= MAX_TEXT, "duringAbsences",
				"contact.agreement.text.tooLong");
		LocalDate review = input.reviewDate();
		problems.require(review == null || !review.isBefore(today), "reviewDate", "contact.agreement.review.past")
			.require(review == null || !review.isAfter(today.plusYears(MAX_YEARS_AHEAD)), "reviewDate",
					"contact.agreement.review.tooFar");
		problems.throwIfAny();
		return new Proposal(categories, hours, reading, crisis, absences, review,
				Boolean.TRUE.equals(input.riskEmailAlerts()));
	}

	/** Each named category once, in their order; a name we do not know is a problem. */
	private static List<ContactCategory> categories(List<String> names, InputProblems problems) {
		if (names == null) {
			problems.add("allowedCategories", "contact.agreement.categories.required");
			return List.of();
		}
		Set<ContactCategory> found = EnumSet.noneOf(ContactCategory.class);
		for (String name : names) {
			ContactCategory.named(name)
				.ifPresentOrElse(found::add,
						() -> problems.add("allowedCategories", "contact.agreement.categories.unknown"));
		}
		return List.copyOf(found);
	}

	private static ReadingHours readingHours(ReadingHoursInput input, ZoneId zone, InputProblems problems) {
		ReadingHoursInput given = (input != null) ? input : new ReadingHoursInput(null, null, null);
		List<DayOfWeek> days = days(given.days(), problems);
		LocalTime from = time(given.from(), ReadingHours.DEFAULT_FROM, "readingHours.from", problems);
		LocalTime to = time(given.to(), ReadingHours.DEFAULT_TO, "readingHours.to", problems);
		if (from != null && to != null) {
			problems.require(from.isBefore(to), "readingHours.to", "contact.agreement.hours.order");
		}
		if (days.isEmpty() || from == null || to == null || !from.isBefore(to)) {
			return null;
		}
		return new ReadingHours(days, from, to, zone);
	}

	private static List<DayOfWeek> days(List<String> names, InputProblems problems) {
		if (names == null) {
			return ReadingHours.WEEKDAYS;
		}
		List<DayOfWeek> days = new ArrayList<>();
		boolean unknown = false;
		for (String name : names) {
			try {
				days.add(DayOfWeek.valueOf((name != null) ? name : ""));
			}
			catch (IllegalArgumentException ex) {
				unknown = true;
			}
		}
		problems.require(!unknown, "readingHours.days", "contact.agreement.days.unknown");
		problems.require(unknown || !days.isEmpty(), "readingHours.days", "contact.agreement.days.required");
		return unknown ? List.of() : days;
	}

	/** "09:00" or "9:00", on the minute; {@code otherwise} when left out. */
	private static LocalTime time(String text, LocalTime otherwise, String field, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalTime.parse(text.strip().toUpperCase(Locale.ROOT), TIME);
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "contact.agreement.hours.invalid");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
