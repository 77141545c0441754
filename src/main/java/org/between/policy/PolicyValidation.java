package org.between.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * The rules of a policy version or client fee that need no database: each field's range,
 * money with at most two decimals, an ISO 4217 currency, no day in the past. All problems
 * at once, as field problems (400).
 */
final class PolicyValidation {

	static final int MAX_NOTICE_HOURS = 336;

	/** A generous ceiling for a fee per session, in any currency. */
	static final BigDecimal MAX_FEE = new BigDecimal("100000");

	static final int MAX_NOTE = 1000;

	static final int MAX_YEARS_AHEAD = 2;

	private PolicyValidation() {
	}

	/**
	 * The input, checked, with the currency in upper case and amounts to two decimals.
	 */
	static PolicyInput check(PolicyInput input, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer hours = input.cancellationNoticeHours();
		if (hours == null || hours < 0 || hours > MAX_NOTICE_HOURS) {
			problems.add(new FieldProblem("cancellationNoticeHours", "frame.policy.noticeHours.range"));
		}
		money(input.lateCancellationFee(), "lateCancellationFee", problems);
		money(input.feePerSession(), "feePerSession", problems);
		String currency = currency(input.currency());
		if (currency == null) {
			problems.add(new FieldProblem("currency", "frame.policy.currency.invalid"));
		}
		if (input.holdSlotOnCancellation() == null) {
			problems.add(new FieldProblem("holdSlotOnCancellation", "frame.policy.holdSlot.required"));
		}
		if (input.makeUp() == null) {
			problems.add(new FieldProblem("makeUp", "frame.policy.makeUp.required"));
		}
		note(input.slidingScaleNote(), "slidingScaleNote", problems);
		date(input.effectiveFrom(), today, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PolicyInput(hours, PolicyStore.money(input.lateCancellationFee()),
				PolicyStore.money(input.feePerSession()), currency, input.holdSlotOnCancellation(), input.makeUp(),
				blankToNull(input.slidingScaleNote()), (input.effectiveFrom() != null) ? input.effectiveFrom() : today);
	}

	static ClientFeeInput check(ClientFeeInput input, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		money(input.feePerSession(), "feePerSession", problems);
		note(input.note(), "note", problems);
		date(input.effectiveFrom(), today, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ClientFeeInput(PolicyStore.money(input.feePerSession()),
				(input.effectiveFrom() != null) ? input.effectiveFrom() : today, blankToNull(input.note()));
	}

	/** The ISO 4217 code in upper case, or null when it is not one. */
	static String currency(String code) {
		if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		try {
			return Currency.getInstance(upper).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void money(BigDecimal amount, String field, List<FieldProblem> problems) {
		if (amount == null) {
			problems.add(new FieldProblem(field, "frame.policy.fee.required"));
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_FEE) > 0 || amount.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, "frame.policy.fee.range"));
		}
	}

	private static void note(String note, String field, List<FieldProblem> problems) {
		if (note != null && note.strip().length() > MAX_NOTE) {
			problems.add(new FieldProblem(field, "frame.policy.note.tooLong"));
		}
	}

	private static void date(LocalDate from, LocalDate today, List<FieldProblem> problems) {
		if (from != null && from.isBefore(today)) {
			problems.add(new FieldProblem("effectiveFrom", "frame.policy.effectiveFrom.past"));
		}
		else if (from != null && from.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
			problems.add(new FieldProblem("effectiveFrom", "frame.policy.effectiveFrom.tooFar"));
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
