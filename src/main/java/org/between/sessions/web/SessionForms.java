package org.between.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

	static boolean blank(String text) {
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

	/** The bridge note as typed: the note and the skill's id (blank: none). */
	public static class BridgeForm {

		private String note = "";

		private String skillId = "";

		static BridgeForm of(org.between.sessions.BridgeNote note) {
			BridgeForm form = new BridgeForm();
			if (note != null) {
				form.note = note.note();
				form.skillId = (note.skillId() != null) ? note.skillId().toString() : "";
			}
			return form;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getSkillId() {
			return this.skillId;
		}

		public void setSkillId(String skillId) {
			this.skillId = skillId;
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
