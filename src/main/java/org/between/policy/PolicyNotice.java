package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * The notice rule for practice policy versions and client fees, without Spring or a
 * database:
 * <ul>
 * <li>the first version may take effect on any day from today;</li>
 * <li>a version wholly in the client's favour compared with the version it displaces on
 * its first day (a lower or equal fee and late fee, a shorter or equal notice window, a
 * make-up rule at least as generous; everything else unchanged) may too;</li>
 * <li>any other version only from today + the notice days.</li>
 * </ul>
 * A client's own fee follows the same rule: lower or equal than the fee in force for them
 * on its first day at once, higher only with notice. "Today" is a day in the therapist's
 * time zone.
 */
public final class PolicyNotice {

	private final int noticeDays;

	public PolicyNotice(int noticeDays) {
		if (noticeDays < 0) {
			throw new IllegalArgumentException("notice days must not be negative");
		}
		this.noticeDays = noticeDays;
	}

	public int noticeDays() {
		return this.noticeDays;
	}

	/** The first day on which any change may take effect. */
	public LocalDate withNotice(LocalDate today) {
		return today.plusDays(this.noticeDays);
	}

	/**
	 * Whether {@code proposed} may take effect on {@code from}, displacing
	 * {@code displaced} (null when no version is in force then).
	 */
	public boolean allows(LocalDate today, LocalDate from, PolicyTerms displaced, PolicyTerms proposed) {
		if (from.isBefore(today)) {
			return false;
		}
		return displaced == null || !from.isBefore(withNotice(today)) || inClientsFavour(displaced, proposed);
	}

	/**
	 * The earliest day on or after {@code wanted} (and not before today) on which
	 * {@code proposed} may take effect, given the version it would displace on each day
	 * (null for none). Never later than today + the notice days.
	 */
	public LocalDate earliest(LocalDate today, LocalDate wanted, Function<LocalDate, PolicyTerms> displacedOn,
			PolicyTerms proposed) {
		for (LocalDate day = later(today, wanted); day.isBefore(withNotice(today)); day = day.plusDays(1)) {
			if (allows(today, day, displacedOn.apply(day), proposed)) {
				return day;
			}
		}
		return later(withNotice(today), wanted);
	}

	/**
	 * Whether a client's own fee of {@code proposed} may take effect on {@code from},
	 * replacing {@code before} (the fee in force for them then; null for none).
	 */
	public boolean allowsFee(LocalDate today, LocalDate from, BigDecimal before, BigDecimal proposed) {
		if (from.isBefore(today)) {
			return false;
		}
		return before == null || !from.isBefore(withNotice(today)) || feeInClientsFavour(before, proposed);
	}

	/**
	 * The earliest day on or after {@code wanted} (and not before today) on which a
	 * client's fee of {@code proposed} may take effect, given the fee in force for them
	 * on each day (null for none).
	 */
	public LocalDate earliestFee(LocalDate today, LocalDate wanted, Function<LocalDate, BigDecimal> feeOn,
			BigDecimal proposed) {
		for (LocalDate day = later(today, wanted); day.isBefore(withNotice(today)); day = day.plusDays(1)) {
			if (allowsFee(today, day, feeOn.apply(day), proposed)) {
				return day;
			}
		}
		return later(withNotice(today), wanted);
	}

	/**
	 * True when {@code after} costs the client nothing that {@code before} did not: fees
	 * lower or equal, notice window shorter or equal, make-up at least as generous, and
	 * currency, slot rule and sliding-scale note unchanged.
	 */
	public static boolean inClientsFavour(PolicyTerms before, PolicyTerms after) {
		return before.currency().equals(after.currency())
				&& feeInClientsFavour(before.lateCancellationFee(), after.lateCancellationFee())
				&& feeInClientsFavour(before.feePerSession(), after.feePerSession())
				&& after.cancellationNoticeHours() <= before.cancellationNoticeHours()
				&& generosity(after.makeUp()) >= generosity(before.makeUp())
				&& before.holdSlotOnCancellation() == after.holdSlotOnCancellation()
				&& Objects.equals(note(before.slidingScaleNote()), note(after.slidingScaleNote()));
	}

	/** A fee of {@code after} instead of {@code before} costs the client no more. */
	public static boolean feeInClientsFavour(BigDecimal before, BigDecimal after) {
		return after.compareTo(before) <= 0;
	}

	/**
	 * The instant a version or fee starting on {@code from} takes effect: the start of
	 * that day in the therapist's zone, or {@code now} when that is later (a change that
	 * takes effect today must not reach back to the morning: cancellations made earlier
	 * that day were made under the version in force then).
	 */
	public static Instant effectiveAt(LocalDate from, ZoneId zone, Instant now) {
		Instant start = from.atStartOfDay(zone).toInstant();
		return start.isBefore(now) ? now : start;
	}

	/** NONE &lt; WHEN_AVAILABLE &lt; ALWAYS. */
	static int generosity(MakeUpRule rule) {
		return switch (rule) {
			case NONE -> 0;
			case WHEN_AVAILABLE -> 1;
			case ALWAYS -> 2;
		};
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static String note(String note) {
		return (note == null || note.isBlank()) ? null : note.strip();
	}

}
