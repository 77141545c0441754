package org.between.endings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.between.endings.EndingKind;
import org.between.endings.EndingRequest;
import org.between.endings.ReferralRequest;
import org.between.endings.UnplannedReason;
import org.between.sessions.Taper;
import org.between.shared.InputProblems;

/**
 * The proposal form on {@code /clients/{id}/ending}: plain text fields, so that a
 * mistyped day is a clear field problem; an empty taper rhythm means no taper, an empty
 * referral name no referral.
 */
public class EndingForm {

	private String kind = "PLANNED";

	private String lastSessionDate = "";

	private String unplannedReason = "";

	private String reason = "";

	private String taperEveryWeeks = "";

	private String taperFrom = "";

	private String followUpWeeks = "";

	private String referralName = "";

	private String referralContact = "";

	private String referralNote = "";

	EndingRequest toRequest() {
		InputProblems problems = new InputProblems();
		EndingKind k = "UNPLANNED".equals(this.kind) ? EndingKind.UNPLANNED : EndingKind.PLANNED;
		LocalDate last = day(this.lastSessionDate, "lastSessionDate", problems);
		UnplannedReason why = null;
		if (k == EndingKind.UNPLANNED && this.unplannedReason != null && !this.unplannedReason.isBlank()) {
			try {
				why = UnplannedReason.valueOf(this.unplannedReason.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("unplannedReason", "endings.unplannedReason.required");
			}
		}
		Taper taper = null;
		if (this.taperEveryWeeks != null && !this.taperEveryWeeks.isBlank()) {
			taper = new Taper(number(this.taperEveryWeeks, "taperEveryWeeks", problems),
					day(this.taperFrom, "taperFrom", problems));
		}
		Integer followUp = (this.followUpWeeks == null || this.followUpWeeks.isBlank()) ? null
				: number(this.followUpWeeks, "followUpWeeks", problems);
		List<ReferralRequest> referrals = (this.referralName == null || this.referralName.isBlank()) ? null
				: List.of(new ReferralRequest(this.referralName, this.referralContact, this.referralNote));
		problems.throwIfAny();
		return new EndingRequest(k, last, why, this.reason, taper, followUp, referrals);
	}

	private static LocalDate day(String text, String field, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "endings.form.date");
			return null;
		}
	}

	private static Integer number(String text, String field, InputProblems problems) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(field, "endings.form.number");
			return null;
		}
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getLastSessionDate() {
		return this.lastSessionDate;
	}

	public void setLastSessionDate(String lastSessionDate) {
		this.lastSessionDate = lastSessionDate;
	}

	public String getUnplannedReason() {
		return this.unplannedReason;
	}

	public void setUnplannedReason(String unplannedReason) {
		this.unplannedReason = unplannedReason;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getTaperEveryWeeks() {
		return this.taperEveryWeeks;
	}

	public void setTaperEveryWeeks(String taperEveryWeeks) {
		this.taperEveryWeeks = taperEveryWeeks;
	}

	public String getTaperFrom() {
		return this.taperFrom;
	}

	public void setTaperFrom(String taperFrom) {
		this.taperFrom = taperFrom;
	}

	public String getFollowUpWeeks() {
		return this.followUpWeeks;
	}

	public void setFollowUpWeeks(String followUpWeeks) {
		this.followUpWeeks = followUpWeeks;
	}

	public String getReferralName() {
		return this.referralName;
	}

	public void setReferralName(String referralName) {
		this.referralName = referralName;
	}

	public String getReferralContact() {
		return this.referralContact;
	}

	public void setReferralContact(String referralContact) {
		this.referralContact = referralContact;
	}

	public String getReferralNote() {
		return this.referralNote;
	}

	public void setReferralNote(String referralNote) {
		this.referralNote = referralNote;
	}

}
