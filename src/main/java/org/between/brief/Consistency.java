package org.between.brief;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.shared.InputProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's own consistency record (issue 18): "someone consistent and reliable,
 * who knows how to set reasonable limits and stick to them" can only keep to it by seeing
 * how they are doing. Sessions held and kept to time, late starts said and unsaid, their
 * own cancellations and notice, policy changes and notice, time away and its notice and
 * cover; later modules add theirs through {@link ConsistencyPart}. Only the therapist
 * sees it, about themselves (403 for a client): it is never shown to anyone else, never
 * ranked against colleagues, and names no client.
 */
@Service
public class Consistency {

	public static final int DEFAULT_MONTHS = 12;

	public static final int MAX_MONTHS = 36;

	private final List<ConsistencyPart> parts;

	private final Clock clock;

	Consistency(List<ConsistencyPart> parts, Clock clock) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(ConsistencyPart::order)).toList();
		this.clock = clock;
	}

	/**
	 * The record over the last {@code months} months (1–{@value #MAX_MONTHS}, 400
	 * otherwise; null: {@value #DEFAULT_MONTHS}), in the therapist's zone.
	 */
	@Transactional(readOnly = true)
	public ConsistencyRecord of(CurrentUser therapist, Integer months) {
		therapist.requireTherapist();
		int span = (months != null) ? months : DEFAULT_MONTHS;
		new InputProblems().require(span >= 1 && span <= MAX_MONTHS, "months", "consistency.months.range").throwIfAny();
		Instant to = this.clock.instant();
		Instant from = ZonedDateTime.ofInstant(to, therapist.zone()).minusMonths(span).toInstant();
		return new ConsistencyRecord(span, from, to,
				this.parts.stream().map((p) -> p.section(therapist, from, to)).toList());
	}

}
