package org.between.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.between.policy.MakeUpRule;
import org.between.policy.PolicyInput;
import org.between.policy.PolicyVersion;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * The form for a new policy version: plain text fields, so that "abc" in a number field
 * is a clear field problem rather than a binding error.
 */
public class PolicyForm {

	private String cancellationNoticeHours = "48";

	private String lateCancellationFee = "";

	private String feePerSession = "";

	private String currency = "EUR";

	private boolean holdSlotOnCancellation = true;

	private String makeUp = MakeUpRule.WHEN_AVAILABLE.name();

	private String slidingScaleNote = "";

	private String effectiveFrom = "";

	/** Starts from the version in force, if there is one. */
	static PolicyForm of(PolicyVersion current) {
		PolicyForm form = new PolicyForm();
		if (current != null) {
			form.cancellationNoticeHours = Integer.toString(current.cancellationNoticeHours());
			form.lateCancellationFee = current.lateCancellationFee().toPlainString();
			form.feePerSession = current.feePerSession().toPlainString();
			form.currency = current.currency();
			form.holdSlotOnCancellation = current.holdSlotOnCancellation();
			form.makeUp = current.makeUp().name();
			form.slidingScaleNote = (current.slidingScaleNote() != null) ? current.slidingScaleNote() : "";
		}
		return form;
	}

	PolicyInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		Integer hours = null;
		try {
			hours = Integer.valueOf(this.cancellationNoticeHours.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			problems.add(new FieldProblem("cancellationNoticeHours", "frame.policy.noticeHours.range"));
		}
		BigDecimal late = FormValues.money(this.lateCancellationFee, "lateCancellationFee", problems);
		BigDecimal fee = FormValues.money(this.feePerSession, "feePerSession", problems);
		MakeUpRule rule = null;
		try {
			rule = MakeUpRule.valueOf(this.makeUp);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new FieldProblem("makeUp", "frame.policy.makeUp.required"));
		}
		LocalDate from = FormValues.date(this.effectiveFrom, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PolicyInput(hours, late, fee, this.currency, this.holdSlotOnCancellation, rule,
				this.slidingScaleNote, from);
	}

	public String getCancellationNoticeHours() {
		return this.cancellationNoticeHours;
	}

	public void setCancellationNoticeHours(String cancellationNoticeHours) {
		this.cancellationNoticeHours = cancellationNoticeHours;
	}

	public String getLateCancellationFee() {
		return this.lateCancellationFee;
	}

	public void setLateCancellationFee(String lateCancellationFee) {
		this.lateCancellationFee = lateCancellationFee;
	}

	public String getFeePerSession() {
		return this.feePerSession;
	}

	public void setFeePerSession(String feePerSession) {
		this.feePerSession = feePerSession;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public boolean isHoldSlotOnCancellation() {
		return this.holdSlotOnCancellation;
	}

	public void setHoldSlotOnCancellation(boolean holdSlotOnCancellation) {
		this.holdSlotOnCancellation = holdSlotOnCancellation;
	}

	public String getMakeUp() {
		return this.makeUp;
	}

	public void setMakeUp(String makeUp) {
		this.makeUp = makeUp;
	}

	public String getSlidingScaleNote() {
		return this.slidingScaleNote;
	}

	public void setSlidingScaleNote(String slidingScaleNote) {
		this.slidingScaleNote = slidingScaleNote;
	}

	public String getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

}
