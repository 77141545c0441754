package org.between.sessions.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.InputProblems;

/** A new standing appointment; times in the therapist's zone. */
public class StandingForm {

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
		if (!SessionForms.blank(this.weekday)) {
			try {
				day = DayOfWeek.valueOf(this.weekday.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("weekday", "sessionsPage.weekday.invalid");
			}
		}
		Integer minutes = SessionForms.number(this.durationMinutes, "durationMinutes", "sessions.durationMinutes.range",
				problems);
		Integer every = SessionForms.number(this.everyWeeks, "everyWeeks", "sessions.everyWeeks.invalid", problems);
		LocalDate start = SessionForms.date(this.startDate, "startDate", problems);
		LocalDate end = SessionForms.date(this.endDate, "endDate", problems);
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
