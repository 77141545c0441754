package org.between.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks.ColleagueView;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Who a therapist named as colleagues who may cover for them. Naming is one-sided (a row
 * from the therapist to the colleague); a colleague invitation, once accepted, names both
 * ways. Only the naming therapist's row counts when they are away: it says whom they
 * trust to cover.
 */
@Component
class Colleagues {

	private final ColleagueRepository colleagues;

	private final UserRepository users;

	private final Clock clock;

	Colleagues(ColleagueRepository colleagues, UserRepository users, Clock clock) {
		this.colleagues = colleagues;
		this.users = users;
		this.clock = clock;
	}

	List<ColleagueView> of(UUID therapistId) {
		return this.colleagues.findByTherapistIdOrderBySince(therapistId)
			.stream()
			.flatMap((c) -> view(c).stream())
			.toList();
	}

	Optional<ColleagueView> find(UUID therapistId, UUID colleagueId) {
		return this.colleagues.findByTherapistIdAndColleagueId(therapistId, colleagueId).flatMap(this::view);
	}

	boolean isColleague(UUID therapistId, UUID colleagueId) {
		return therapistId != null && colleagueId != null
				&& this.colleagues.existsByTherapistIdAndColleagueId(therapistId, colleagueId);
	}

	/** The therapist names another therapist; 409 when they did already. */
	ColleagueView name(UUID therapistId, User colleague) {
		if (isColleague(therapistId, colleague.id())) {
			throw new ConflictException("colleague.alreadyNamed");
		}
		return view(save(therapistId, colleague.id()), colleague);
	}

	/**
	 * Both name each other (a row they had already stays as it was); answers the
	 * {@code other} as {@code therapist}'s colleague.
	 */
	ColleagueView nameEachOther(UUID therapistId, User other) {
		Colleague mine = this.colleagues.findByTherapistIdAndColleagueId(therapistId, other.id())
			.orElseGet(() -> save(therapistId, other.id()));
		if (!isColleague(other.id(), therapistId)) {
			save(other.id(), therapistId);
		}
		return view(mine, other);
	}

	/** Takes the colleague off the therapist's list; 404 when they are not on it. */
	void remove(UUID therapistId, UUID colleagueId) {
		Colleague row = this.colleagues.findByTherapistIdAndColleagueId(therapistId, colleagueId)
			.orElseThrow(NotFoundException::new);
		this.colleagues.delete(row);
	}

	private Colleague save(UUID therapistId, UUID colleagueId) {
		try {
			return this.colleagues
				.save(new Colleague(UUID.randomUUID(), therapistId, colleagueId, this.clock.instant(), null));
		}
		catch (DuplicateKeyException ex) {
			// Named at the same moment by another request: that row stands.
			throw new ConflictException("colleague.alreadyNamed");
		}
	}

	private Optional<ColleagueView> view(Colleague row) {
		return this.users.findById(row.colleagueId()).map((u) -> view(row, u));
	}

	private static ColleagueView view(Colleague row, User colleague) {
		return new ColleagueView(colleague.id(), colleague.displayName(), colleague.email(), row.since());
	}

}
