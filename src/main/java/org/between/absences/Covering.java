package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.between.absences.CoveredAbsence.SharingClient;
import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CoverGrant;
import org.between.accounts.CoveredClient;
import org.between.accounts.CurrentUser;
import org.between.safety.SafetyPlans;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The covering colleague's view (issue 12, {@code GET /api/v1/cover}): the absences they
 * cover that have not ended and, inside their days only, the clients who chose to share
 * with them and what they shared — the break plan and the safety plan. Every client's
 * data is read through {@link ClientLinks#requireCoveredClient}, so before the start,
 * after the end, without the client's grant, for another colleague and for the client's
 * own therapist it is a 404; each read is a row in the client's access log with the cover
 * as actor (the safety plan's is written by {@link SafetyPlans#forCover}).
 */
@Service
public class Covering {

	private final AbsenceStore absences;

	private final BreakPlans plans;

	private final ClientLinks links;

	private final Accounts accounts;

	private final SafetyPlans safetyPlans;

	private final AuditLog audit;

	private final Clock clock;

	Covering(AbsenceStore absences, BreakPlans plans, ClientLinks links, Accounts accounts, SafetyPlans safetyPlans,
			AuditLog audit, Clock clock) {
		this.absences = absences;
		this.plans = plans;
		this.links = links;
		this.accounts = accounts;
		this.safetyPlans = safetyPlans;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The absences the therapist covers that have not ended, soonest first, each with the
	 * names of the clients who share with them while it runs (nothing of theirs read).
	 */
	@Transactional(readOnly = true)
	public List<CoveredAbsence> absences(CurrentUser cover) {
		return covered(cover, (grant) -> new SharingClient(grant.clientId(), grant.clientName(), null, null));
	}

	/**
	 * As {@link #absences}, each client with what they shared; each client's plans read
	 * are rows in their access log.
	 */
	@Transactional
	public List<CoveredAbsence> absencesWithPlans(CurrentUser cover) {
		return covered(cover, (grant) -> shared(cover, grant.absenceId(), grant.clientId()));
	}

	/**
	 * What one client shared with the cover for the absence: 404 unless the absence runs
	 * now, the therapist covers it, and the client's grant for it is in force.
	 */
	@Transactional
	public SharingClient client(CurrentUser cover, UUID absenceId, UUID clientId) {
		return shared(cover, absenceId, clientId);
	}

	/**
	 * The covered absence itself (without clients) while the therapist covers it; else
	 * 404.
	 */
	@Transactional(readOnly = true)
	public CoveredAbsence absence(CurrentUser cover, UUID absenceId) {
		Absence absence = running(cover, absenceId);
		return CoveredAbsence.of(absence, therapistName(absence), true, List.of());
	}

	/**
	 * The absences the therapist covers that have not ended, without clients (for their
	 * home page): nothing of any client's is read, so no second factor is asked.
	 */
	@Transactional(readOnly = true)
	public List<CoveredAbsence> comingOrRunning(CurrentUser cover) {
		if (!cover.isTherapist()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return stillCovered(cover, now).stream()
			.map((a) -> CoveredAbsence.of(a, therapistName(a), a.covers(now), List.of()))
			.toList();
	}

	private List<CoveredAbsence> covered(CurrentUser cover, Function<CoverGrant, SharingClient> client) {
		cover.requireTherapist();
		this.accounts.requireSecondFactor(cover);
		Instant now = this.clock.instant();
		List<CoverGrant> grants = this.links.coverGrants(cover);
		return stillCovered(cover, now).stream().map((a) -> {
			List<SharingClient> clients = !a.covers(now) ? List.of()
					: grants.stream().filter((g) -> g.absenceId().equals(a.id())).map(client).toList();
			return CoveredAbsence.of(a, therapistName(a), a.covers(now), clients);
		}).toList();
	}

	/**
	 * Absences not withdrawn or over that the therapist covers for a colleague who still
	 * names them.
	 */
	private List<Absence> stillCovered(CurrentUser cover, Instant now) {
		LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
		return this.absences.coveredBy(cover.id(), yesterday)
			.stream()
			.filter((a) -> a.endsAt().isAfter(now) && this.links.isColleague(a.therapistId(), cover.id()))
			.toList();
	}

	private SharingClient shared(CurrentUser cover, UUID absenceId, UUID clientId) {
		Absence absence = running(cover, absenceId);
		CoveredClient covered = this.links.requireCoveredClient(cover, clientId);
		if (!covered.absenceId().equals(absence.id())) {
			throw new NotFoundException();
		}
		BreakPlan plan = this.plans.sharedWithCover(absence.id(), covered.id())
			.orElseGet(() -> BreakPlan.empty(absence.id(), covered.id()).sharedWithCover(true));
		if (plan.written() || plan.therapistNote() != null) {
			this.audit.record(cover.id(), AbsencesAudit.COVER_READ_BREAK_PLAN, covered.id(), BreakPlans.ITEM_TYPE,
					absence.id().toString());
		}
		return new SharingClient(covered.id(), covered.displayName(), plan, this.safetyPlans.forCover(covered));
	}

	/** The absence while it runs, if this therapist covers it; else 404. */
	private Absence running(CurrentUser cover, UUID absenceId) {
		cover.requireTherapist();
		Instant now = this.clock.instant();
		return this.absences.find(absenceId)
			.filter((a) -> cover.id().equals(a.coveringTherapistId()) && a.covers(now)
					&& this.links.isColleague(a.therapistId(), cover.id()))
			.orElseThrow(NotFoundException::new);
	}

	private String therapistName(Absence absence) {
		return this.accounts.displayName(absence.therapistId()).orElse("");
	}

}
