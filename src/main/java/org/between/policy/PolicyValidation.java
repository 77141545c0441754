package org.between.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import org.between.shared.InputProblems;

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
		Integer hours = input.cancellationNoticeHours();
		String currency = currency(input.currency());
		InputProblems problems = new InputProblems().require(hours != null && hours >= 0 && hours <= MAX_NOTICE_HOURS,
				"cancellationNoticeHours", "frame.policy.noticeHours.range");
		money(problems, input.lateCancellationFee(), "lateCancellationFee");
		money(problems, input.feePerSession(), "feePerSession");
		problems.require(currency != null, "currency", "frame.policy.currency.invalid")
			.require(input.holdSlotOnCancellation() != null, "holdSlotOnCancellation", "frame.policy.holdSlot.required")
			.require(input.makeUp() != null, "makeUp", "frame.policy.makeUp.required");
		note(problems, input.slidingScaleNote(), "slidingScaleNote");
		date(problems, input.effectiveFrom(), today);
		problems.throwIfAny();
		return new PolicyInput(hours, PolicyStore.money(input.lateCancellationFee()),
				PolicyStore.money(input.feePerSession()), currency, input.holdSlotOnCancellation(), input.makeUp(),
				blankToNull(input.slidingScaleNote()), (input.effectiveFrom() != null) ? input.effectiveFrom() : today);
	}

	static ClientFeeInput check(ClientFeeInput input, LocalDate today) {
		InputProblems problems = new InputProblems();
		money(problems, input.feePerSession(), "feePerSession");
		note(problems, input.note(), "note");
		date(problems, input.effectiveFrom(), today);
		problems.throwIfAny();
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

	private static void money(InputProblems problems, BigDecimal amount, String field) {
		if (amount == null) {
			problems.add(field, "frame.policy.fee.required");
			return;
		}
		problems.require(
				amount.signum() >= 0 && amount.compareTo(MAX_FEE) <= 0 && amount.stripTrailingZeros().scale() <= 2,
				field, "frame.policy.fee.range");
	}

	private static void note(InputProblems problems, String note, String field) {
		problems.require(note == null || note.strip().length() <= MAX_NOTE, field, "frame.policy.note.tooLong");
	}

	/** A day that is not in the past nor too far ahead (the two cannot both be true). */
	private static void date(InputProblems problems, LocalDate from, LocalDate today) {
		problems.require(from == null || !from.isBefore(today), "effectiveFrom", "frame.policy.effectiveFrom.past")
			.require(from == null || !from.isAfter(today.plusYears(MAX_YEARS_AHEAD)), "effectiveFrom",
					"frame.policy.effectiveFrom.tooFar");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
