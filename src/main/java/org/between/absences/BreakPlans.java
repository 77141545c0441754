package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.absences.BreakPlan.PickedSkill;
import org.between.absences.BreakPlanStore.StoredPlan;
import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.safety.Contact;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.toolbox.Skill;
import org.between.toolbox.Toolbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The break plan made together before a therapist's time away (issue 12). The client
 * writes theirs for an absence of their own therapist from its announcement until its end
 * (404 for any other absence, and before or after); the therapist writes a note for each
 * linked client. Private by default: the therapist reads the client's part only while the
 * client shares it ({@code shareWithTherapist}, audited per read), and the covering
 * colleague only through the client's cover grant ({@code shareWithCover}, see
 * {@link Covering}). Sharing with the cover is {@link ClientLinks#grantCover} for the
 * absence's days, and not sharing {@link ClientLinks#revokeCover}.
 */
@Service
public class BreakPlans {

	static final String ITEM_TYPE = "BREAK_PLAN";

	private final BreakPlanStore store;

	private final Absences absences;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Toolbox toolbox;

	private final AuditLog audit;

	private final Clock clock;

	BreakPlans(BreakPlanStore store, Absences absences, ClientLinks links, Accounts accounts, Toolbox toolbox,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.absences = absences;
		this.links = links;
		this.accounts = accounts;
		this.toolbox = toolbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The client's plan for one of their therapist's absences that has not ended; the
	 * empty plan (with the therapist's note, if any) before they write one. 404 for any
	 * other.
	 */
	@Transactional(readOnly = true)
	public BreakPlan plan(CurrentUser client, UUID absenceId) {
		Absence absence = open(client, absenceId);
		return this.store.find(absence.id(), client.id())
			.map((p) -> p.view(sharesWithCover(client, absence)))
			.orElseGet(() -> BreakPlan.empty(absence.id(), client.id()));
	}

	/**
	 * Saves the client's part of the plan: 400 naming every bad field (skills not in
	 * their toolbox, people, the note, sharing with a cover where none is named). Sharing
	 * with the cover grants them the absence's days, not sharing revokes that; a change
	 * of sharing with the therapist is a row in the client's access log.
	 */
	@Transactional
	public BreakPlan save(CurrentUser client, UUID absenceId, BreakPlanInput input) {
		Absence absence = open(client, absenceId);
		BreakPlanInput in = (input != null) ? input : new BreakPlanInput(null, null, null, null, null);
		Map<UUID, String> toolbox = toolbox(client);
		BreakPlanRules.check(in, toolbox, hasCover(absence)).throwIfAny();
		StoredPlan before = this.store.lock(absence.id(), client.id());
		List<PickedSkill> skills = BreakPlanRules.picked(in.skills(), toolbox);
		List<Contact> people = BreakPlanRules.people(in.people());
		this.store
			.save(before.byClient(skills, people, BreakPlanRules.text(in.note()), in.sharesWithTherapist(), now()));
		if (!before.shareWithTherapist() && in.sharesWithTherapist()) {
			this.audit.record(client.id(), AbsencesAudit.BREAK_PLAN_SHARED, client.id(), ITEM_TYPE,
					absence.id().toString());
		}
		if (before.shareWithTherapist() && !in.sharesWithTherapist()) {
			this.audit.record(client.id(), AbsencesAudit.BREAK_PLAN_UNSHARED, client.id(), ITEM_TYPE,
					absence.id().toString());
		}
		shareWithCover(client, absence, in.sharesWithCover());
		return plan(client, absenceId);
	}

	/**
	 * The therapist's note for a linked client's plan (blank takes it back): 404 unless
	 * the absence is the therapist's own, announced and not over, and the client linked;
	 * 400 when it is too long. A row in the client's access log.
	 */
	@Transactional
	public TherapistNote writeNote(CurrentUser therapist, UUID absenceId, UUID clientId, String note) {
		Absence absence = ownOpen(therapist, absenceId);
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		new InputProblems()
			.require(
					BreakPlanRules.text(note) == null
							|| BreakPlanRules.text(note).codePoints().count() <= BreakPlanRules.TEXT_MAX,
					"note", "absences.plan.note.tooLong")
			.throwIfAny();
		Instant at = now();
		this.store.save(this.store.lock(absence.id(), client.id()).byTherapist(BreakPlanRules.text(note), at));
		this.audit.record(therapist.id(), AbsencesAudit.BREAK_PLAN_NOTE_WRITTEN, client.id(), ITEM_TYPE,
				absence.id().toString());
		return new TherapistNote(absence.id(), client.id(), BreakPlanRules.text(note), at);
	}

	/**
	 * Every linked client of the therapist for one of their absences not over, with the
	 * therapist's note and the plan where the client shares it; each shared plan shown is
	 * a read in that client's access log.
	 */
	@Transactional
	public List<ClientBreakPlan> forTherapist(CurrentUser therapist, UUID absenceId) {
		Absence absence = ownOpen(therapist, absenceId);
		this.accounts.requireSecondFactor(therapist);
		return this.links.clients(therapist).stream().map((c) -> read(therapist, absence, c)).toList();
	}

	/**
	 * One linked client's plan for the therapist, as {@link #forTherapist}; 404 unless
	 * linked.
	 */
	@Transactional
	public ClientBreakPlan forTherapist(CurrentUser therapist, UUID absenceId, UUID clientId) {
		Absence absence = ownOpen(therapist, absenceId);
		return read(therapist, absence, this.links.requireLinkedClient(therapist, clientId));
	}

	/**
	 * The plan the client shared with the cover (their grant was checked by the caller).
	 */
	Optional<BreakPlan> sharedWithCover(UUID absenceId, UUID clientId) {
		return this.store.find(absenceId, clientId).map((p) -> p.view(true));
	}

	private ClientBreakPlan read(CurrentUser therapist, Absence absence, LinkedClient client) {
		Optional<StoredPlan> stored = this.store.find(absence.id(), client.id());
		BreakPlan shared = stored.filter((p) -> p.shareWithTherapist() && p.updatedAt() != null)
			.map((p) -> p.view(false))
			.orElse(null);
		if (shared != null) {
			this.audit.record(therapist.id(), AbsencesAudit.BREAK_PLAN_READ, client.id(), ITEM_TYPE,
					absence.id().toString());
		}
		return new ClientBreakPlan(absence.id(), client.id(), client.displayName(),
				stored.map(StoredPlan::therapistNote).orElse(null),
				stored.map(StoredPlan::therapistNoteAt).orElse(null), shared);
	}

	private void shareWithCover(CurrentUser client, Absence absence, boolean share) {
		if (share) {
			this.links.grantCover(client, absence.coveringTherapistId(), absence.id(), absence.startsAt(),
					absence.endsAt());
		}
		else {
			this.links.revokeCover(client, absence.id());
		}
	}

	private boolean sharesWithCover(CurrentUser client, Absence absence) {
		return this.links.coverGrant(client, absence.id()).isPresent();
	}

	/** A cover is named and still the therapist's colleague, so the client may share. */
	private boolean hasCover(Absence absence) {
		return absence.coveringTherapistId() != null
				&& this.links.isColleague(absence.therapistId(), absence.coveringTherapistId());
	}

	/** Built-in skills and the client's own, by id, with their names. */
	private Map<UUID, String> toolbox(CurrentUser client) {
		Map<UUID, String> skills = new LinkedHashMap<>();
		for (Skill s : this.toolbox.skills(client)) {
			skills.put(s.id(), s.name());
		}
		return skills;
	}

	/**
	 * The client's therapist's absence, announced, not withdrawn, not ended; else 404.
	 */
	private Absence open(CurrentUser client, UUID absenceId) {
		client.requireClient();
		return this.absences.announced(client, absenceId)
			.filter((a) -> a.endsAt().isAfter(this.clock.instant()))
			.orElseThrow(NotFoundException::new);
	}

	/** The therapist's own absence, not withdrawn and not ended; else 404. */
	private Absence ownOpen(CurrentUser therapist, UUID absenceId) {
		therapist.requireTherapist();
		Absence absence = this.absences.get(therapist, absenceId);
		if (absence.withdrawn() || !absence.endsAt().isAfter(this.clock.instant())) {
			throw new NotFoundException();
		}
		return absence;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
