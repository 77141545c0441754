package org.between.sessions.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.between.sessions.SessionKind;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.InvalidInputException;
import org.between.shared.InputProblems;
import org.between.shared.web.FormProblems;
import org.springframework.validation.BindingResult;

/**
 * The plain forms of the sessions pages. Every field is kept as typed (text), so nothing
 * is lost on an error; parsing problems and the domain's field problems are put next to
 * the field they are about.
 */
final class SessionForms {

	static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private SessionForms() {
	}

	/**
	 * Puts the facade's problems on the form ({@link FormProblems}; {@code renames} maps
	 * the facade's field names to the form's), the first of each field only, as these
	 * pages have always shown them.
	 */
	static void reject(BindingResult result, InvalidInputException ex, Map<String, String> renames) {
		Set<String> fields = new HashSet<>();
		FormProblems.reject(result,
				new InvalidInputException(
						ex.problems().stream().filter((p) -> p.field() == null || fields.add(p.field())).toList()),
				renames);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static LocalDate date(String text, String field, InputProblems problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "sessionsPage.date.invalid");
			return null;
		}
	}

	static Integer number(String text, String field, String key, InputProblems problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(field, key);
			return null;
		}
	}

	/** A datetime-local value in the given zone. */
	static Instant instant(String text, ZoneId zone, String field, InputProblems problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "sessionsPage.dateTime.invalid");
			return null;
		}
	}

	static String input(Instant at, ZoneId zone) {
		return (at != null) ? LOCAL_INPUT.format(at.atZone(zone)) : "";
	}

	/** A new standing appointment; times in the therapist's zone. */
	public static class StandingForm {

		private String weekday = "";

		private String startTime = "";

		private String durationMinutes = "50";

		private String everyWeeks = "1";

		private String startDate = "";

		private String endDate = "";

		private String videoLink = "";

		static StandingForm startingOn(LocalDate day) {
			StandingForm form = new StandingForm();
			form.startDate = day.toString();
			return form;
		}

		StandingRequest toRequest(InputProblems problems) {
			DayOfWeek day = null;
			if (!blank(this.weekday)) {
				try {
					day = DayOfWeek.valueOf(this.weekday.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add("weekday", "sessionsPage.weekday.invalid");
				}
			}
			Integer minutes = number(this.durationMinutes, "durationMinutes", "sessions.durationMinutes.range",
					problems);
			Integer every = number(this.everyWeeks, "everyWeeks", "sessions.everyWeeks.invalid", problems);
			LocalDate start = date(this.startDate, "startDate", problems);
			LocalDate end = date(this.endDate, "endDate", problems);
			return new StandingRequest(day, this.startTime, minutes, every, start, end, this.videoLink);
		}

		public String getWeekday() {
			return this.weekday;
		}

		public void setWeekday(String weekday) {
			this.weekday = weekday;
		}

		public String getStartTime() {
			return this.startTime;
		}

		public void setStartTime(String startTime) {
			this.startTime = startTime;
		}

		public String getDurationMinutes() {
			return this.durationMinutes;
		}

		public void setDurationMinutes(String durationMinutes) {
			this.durationMinutes = durationMinutes;
		}

		public String getEveryWeeks() {
			return this.everyWeeks;
		}

		public void setEveryWeeks(String everyWeeks) {
			this.everyWeeks = everyWeeks;
		}

		public String getStartDate() {
			return this.startDate;
		}

		public void setStartDate(String startDate) {
			this.startDate = startDate;
		}

		public String getEndDate() {
			return this.endDate;
		}

		public void setEndDate(String endDate) {
			this.endDate = endDate;
		}

		public String getVideoLink() {
			return this.videoLink;
		}

		public void setVideoLink(String videoLink) {
			this.videoLink = videoLink;
		}

	}

	/** A one-off session: a day and a time in the therapist's zone. */
	public static class BookingForm {

		private String date = "";

		private String time = "";

		private String durationMinutes = "50";

		private String kind = SessionKind.REGULAR.name();

		private String videoLink = "";

		SessionRequest toRequest(ZoneId zone, InputProblems problems) {
			LocalDate day = date(this.date, "date", problems);
			if (blank(this.date)) {
				problems.add("date", "sessions.required");
			}
			LocalTime at = null;
			if (blank(this.time)) {
				problems.add("time", "sessions.required");
			}
			else {
				try {
					at = LocalTime.parse(this.time.strip());
				}
				catch (DateTimeParseException ex) {
					problems.add("time", "sessions.startTime.invalid");
				}
			}
			SessionKind sessionKind = SessionKind.REGULAR;
			try {
				sessionKind = SessionKind.valueOf(this.kind);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				problems.add("kind", "sessionsPage.kind.invalid");
			}
			Integer minutes = number(this.durationMinutes, "durationMinutes", "sessions.durationMinutes.range",
					problems);
			Instant startsAt = (day != null && at != null) ? day.atTime(at).atZone(zone).toInstant() : null;
			return new SessionRequest(startsAt, minutes, sessionKind, this.videoLink, null);
		}

		public String getDate() {
			return this.date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getTime() {
			return this.time;
		}

		public void setTime(String time) {
			this.time = time;
		}

		public String getDurationMinutes() {
			return this.durationMinutes;
		}

		public void setDurationMinutes(String durationMinutes) {
			this.durationMinutes = durationMinutes;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getVideoLink() {
			return this.videoLink;
		}

		public void setVideoLink(String videoLink) {
			this.videoLink = videoLink;
		}

	}

	/** The actual start and end, as datetime-local values in the therapist's zone. */
	public static class AttendanceForm {

		private String startedAt = "";

		private String endedAt = "";

		/** The recorded times, or the planned ones while none are recorded. */
		static AttendanceForm of(org.between.sessions.SessionView session, ZoneId zone) {
			return of((session.startedAt() != null) ? session.startedAt() : session.startsAt(),
					(session.endedAt() != null) ? session.endedAt() : session.endsAt(), zone);
		}

		static AttendanceForm of(Instant startedAt, Instant endedAt, ZoneId zone) {
			AttendanceForm form = new AttendanceForm();
			form.startedAt = input(startedAt, zone);
			form.endedAt = input(endedAt, zone);
			return form;
		}

		public String getStartedAt() {
			return this.startedAt;
		}

		public void setStartedAt(String startedAt) {
			this.startedAt = startedAt;
		}

		public String getEndedAt() {
			return this.endedAt;
		}

		public void setEndedAt(String endedAt) {
			this.endedAt = endedAt;
		}

	}

	public static class VideoForm {

		private String videoLink = "";

		static VideoForm of(String link) {
			VideoForm form = new VideoForm();
			form.videoLink = (link != null) ? link : "";
			return form;
		}

		public String getVideoLink() {
			return this.videoLink;
		}

		public void setVideoLink(String videoLink) {
			this.videoLink = videoLink;
		}

	}

	public static class CancelForm {

		private String reason = "";

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
