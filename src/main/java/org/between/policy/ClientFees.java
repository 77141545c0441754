package org.between.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fee per session for one client (e.g. reduced after a job loss). Lower or equal than
 * the fee in force for them on its first day: at once; higher: only with the policy's
 * notice. It is in the currency of the policy in force, and stays until the next fee set
 * for the client, whatever later policy versions say about the standard fee.
 */
@Service
public class ClientFees {

	static final Comparator<ClientFee> ORDER = Comparator.comparing(ClientFee::effectiveAt)
		.thenComparing(ClientFee::setAt);

	private final PolicyStore store;

	private final ClientLinks links;

	private final PolicySettings settings;

	private final Clock clock;

	ClientFees(PolicyStore store, ClientLinks links, PolicySettings settings, Clock clock) {
		this.store = store;
		this.links = links;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sets the fee for a linked client (404 otherwise). 400 before the therapist's first
	 * policy version; 422 with the earliest date when a higher fee is given too little
	 * notice.
	 */
	@Transactional
	public ClientFee set(CurrentUser therapist, UUID clientId, ClientFeeInput input) {
		this.links.requireLinkedClient(therapist, clientId);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, therapist.zone());
		ClientFeeInput checked = PolicyValidation.check(input, today);
		PolicyTimeline timeline = this.store.timeline(therapist.id());
		if (timeline.isEmpty()) {
			throw new InvalidInputException("feePerSession", "frame.fee.noPolicy");
		}
		List<ClientFee> fees = this.store.fees(therapist.id(), clientId);
		Function<LocalDate, BigDecimal> feeOn = (day) -> {
			Instant at = PolicyNotice.effectiveAt(day, therapist.zone(), now);
			return at(fees, at).map(ClientFee::feePerSession)
				.or(() -> timeline.at(at).map(PolicyVersion::feePerSession))
				.orElse(null);
		};
		PolicyNotice notice = new PolicyNotice(this.settings.noticeDays());
		LocalDate from = checked.effectiveFrom();
		if (!notice.allowsFee(today, from, feeOn.apply(from), checked.feePerSession())) {
			throw new PolicyNoticeException("effectiveFrom", "frame.fee.effectiveFrom.notice",
					notice.earliestFee(today, from, feeOn, checked.feePerSession()), notice.noticeDays());
		}
		ClientFee fee = new ClientFee(checked.feePerSession(), checked.effectiveFrom(),
				PolicyNotice.effectiveAt(checked.effectiveFrom(), therapist.zone(), now), now, checked.note());
		this.store.insert(therapist.id(), clientId, fee);
		return fee;
	}

	/**
	 * The client's own fee in force at {@code at}: the one with the latest start at or
	 * before it (of two with the same start, the one set later).
	 */
	static Optional<ClientFee> at(List<ClientFee> fees, Instant at) {
		return fees.stream().filter((f) -> !f.effectiveAt().isAfter(at)).max(ORDER);
	}

	/**
	 * Fees that start after {@code now} and are not replaced by one for the same moment.
	 */
	static List<ClientFee> upcoming(List<ClientFee> fees, Instant now) {
		return fees.stream()
			.filter((f) -> f.effectiveAt().isAfter(now))
			.filter((f) -> fees.stream()
				.noneMatch((g) -> g.effectiveAt().equals(f.effectiveAt()) && g.setAt().isAfter(f.setAt())))
			.sorted(ORDER)
			.toList();
	}

}
