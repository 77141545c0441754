package org.between.absences.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.between.absences.AbsenceRequest;
import org.between.shared.InputProblems;

/**
 * The announcement form on {@code /absences}: plain text fields, so that a mistyped day
 * is a clear field problem rather than a binding error. An empty cover means no one.
 */
public class AnnounceForm {

	private String startDate = "";

	private String endDate = "";

	private String coveringTherapistId = "";

	private String coverageNote = "";

	private String messageToClients = "";

	private boolean emergency;

	AbsenceRequest toRequest() {
		InputProblems problems = new InputProblems();
		LocalDate start = day(this.startDate, "startDate", problems);
		LocalDate end = day(this.endDate, "endDate", problems);
		UUID cover = cover(problems);
		problems.throwIfAny();
		return new AbsenceRequest(start, end, cover, this.coverageNote, this.messageToClients, this.emergency);
	}

	private static LocalDate day(String text, String field, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "absences.form.date");
			return null;
		}
	}

	private UUID cover(InputProblems problems) {
		if (this.coveringTherapistId == null || this.coveringTherapistId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(this.coveringTherapistId.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add("coveringTherapistId", "absences.cover.notColleague");
			return null;
		}
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

	public String getCoveringTherapistId() {
		return this.coveringTherapistId;
	}

	public void setCoveringTherapistId(String coveringTherapistId) {
		this.coveringTherapistId = coveringTherapistId;
	}

	public String getCoverageNote() {
		return this.coverageNote;
	}

	public void setCoverageNote(String coverageNote) {
		this.coverageNote = coverageNote;
	}

	public String getMessageToClients() {
		return this.messageToClients;
	}

	public void setMessageToClients(String messageToClients) {
		this.messageToClients = messageToClients;
	}

	public boolean isEmergency() {
		return this.emergency;
	}

	public void setEmergency(boolean emergency) {
		this.emergency = emergency;
	}

}
