package org.between.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.between.policy.ClientFeeInput;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;

/** The form for one client's own fee. */
public class FeeForm {

	private String feePerSession = "";

	private String effectiveFrom = "";

	private String note = "";

	ClientFeeInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal fee = FormValues.money(this.feePerSession, "feePerSession", problems);
		LocalDate from = FormValues.date(this.effectiveFrom, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ClientFeeInput(fee, from, this.note);
	}

	public String getFeePerSession() {
		return this.feePerSession;
	}

	public void setFeePerSession(String feePerSession) {
		this.feePerSession = feePerSession;
	}

	public String getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
