package org.between.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.between.sessions.SessionKind;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.InputProblems;

/** A one-off session: a day and a time in the therapist's zone. */
public class BookingForm {

	private String date = "";

	private String time = "";

	private String durationMinutes = "50";

	private String kind = SessionKind.REGULAR.name();

	private String videoLink = "";

	SessionRequest toRequest(ZoneId zone, InputProblems problems) {
		LocalDate day = SessionForms.date(this.date, "date", problems);
		if (SessionForms.blank(this.date)) {
			problems.add("date", "sessions.required");
		}
		LocalTime at = time(problems);
		SessionKind sessionKind = SessionKind.REGULAR;
		try {
			sessionKind = SessionKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add("kind", "sessionsPage.kind.invalid");
		}
		Integer minutes = SessionForms.number(this.durationMinutes, "durationMinutes", "sessions.durationMinutes.range",
				problems);
		Instant startsAt = (day != null && at != null) ? day.atTime(at).atZone(zone).toInstant() : null;
		return new SessionRequest(startsAt, minutes, sessionKind, this.videoLink, null);
	}

	private LocalTime time(InputProblems problems) {
		if (SessionForms.blank(this.time)) {
			problems.add("time", "sessions.required");
			return null;
		}
		try {
			return LocalTime.parse(this.time.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("time", "sessions.startTime.invalid");
			return null;
		}
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
