package org.between.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CoveredClient;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.safety.PlanProposal.StepChange;
import org.between.safety.SafetyPlanStore.StoredProposal;
import org.between.safety.SkillsInPlan.SkillLink;
import org.between.shared.ConflictException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's safety plan: written alone or with the therapist, every save a new
 * version, shared with the therapist only when the client says so, and every therapist
 * read logged.
 */
@Service
public class SafetyPlans {

	static final String ITEM_TYPE = "SAFETY_PLAN";

	static final String PROPOSAL_TYPE = "SAFETY_PLAN_PROPOSAL";

	/**
	 * After this long without going through the plan together, /safety says so, once,
	 * calmly.
	 */
	static final Period REVIEW_AFTER = Period.ofMonths(6);

	static final String OPEN = "OPEN";

	private final SafetyPlanStore store;

	private final ClientLinks links;

	private final AuditLog audit;

	private final SafetyPlanPdf pdf;

	private final SafetyNet safetyNet;

	private final Clock clock;

	private final ObjectProvider<SkillsInPlan> skills;

	SafetyPlans(SafetyPlanStore store, ClientLinks links, AuditLog audit, SafetyPlanPdf pdf, SafetyNet safetyNet,
			Clock clock, ObjectProvider<SkillsInPlan> skills) {
		this.skills = skills;
		this.store = store;
		this.links = links;
		this.audit = audit;
		this.pdf = pdf;
		this.safetyNet = safetyNet;
		this.clock = clock;
	}

	/**
	 * The current plan as a printable PDF, with the crisis lines of the client's country.
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(CurrentUser client) {
		SafetyPlan plan = current(client);
		return this.pdf.render(plan, this.safetyNet.linesFor(client), client.displayName(), client.zone(),
				client.locale());
	}

	/** The newest version, or the empty plan (version 0). */
	@Transactional(readOnly = true)
	public SafetyPlan current(CurrentUser client) {
		client.requireClient();
		return this.store.latest(client.id())
			.map((plan) -> plan.reviewedOn(this.store.reviewedOn(client.id()).orElse(null)))
			.orElseGet(SafetyPlan::empty);
	}

	@Transactional
	public SafetyPlan save(CurrentUser client, SafetyPlanInput input) {
		client.requireClient();
		// The facade's own check, whoever calls it (the form and the API check first).
		new InputProblems().addAll(input.problems()).throwIfAny();
		SafetyPlanInput tidy = input.tidy();
		Optional<SafetyPlan> unchanged = this.store.latest(client.id()).filter((plan) -> plan.says(tidy));
		if (unchanged.isPresent()) {
			// Saving what is there makes no new version: "Earlier versions" lists
			// changes.
			return current(client);
		}
		SafetyPlan saved = this.store.append(client.id(), tidy, this.clock.instant());
		this.audit.record(client.id(), SafetyAudit.SAFETY_PLAN_SAVED, client.id(), ITEM_TYPE,
				Integer.toString(saved.version()));
		return saved;
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<SafetyPlan> history(CurrentUser client) {
		client.requireClient();
		return this.store.all(client.id());
	}

	@Transactional(readOnly = true)
	public SafetyPlan version(CurrentUser client, int version) {
		client.requireClient();
		return this.store.version(client.id(), version).orElseThrow(NotFoundException::new);
	}

	/**
	 * Whether a checked link's client shares their current plan with the therapist (for
	 * the client's summary page, which links to it or says kindly that it is not shared).
	 * Nothing of the plan is read, so nothing is logged.
	 */
	@Transactional(readOnly = true)
	public boolean sharesWith(LinkedClient client) {
		return this.store.latest(client.id()).map(SafetyPlan::sharedWithTherapist).orElse(false);
	}

	/**
	 * The plan of a linked client who shares it; 404 when not linked, not shared, or no
	 * longer shared. The read is written to the audit log in the same transaction.
	 */
	@Transactional
	public SafetyPlan sharedWith(CurrentUser therapist, UUID clientId) {
		this.links.requireLinkedClient(therapist, clientId);
		SafetyPlan plan = this.store.latest(clientId)
			.filter(SafetyPlan::sharedWithTherapist)
			.map((p) -> p.reviewedOn(this.store.reviewedOn(clientId).orElse(null)))
			.orElseThrow(NotFoundException::new);
		this.audit.record(therapist.id(), SafetyAudit.SAFETY_PLAN_READ, clientId, ITEM_TYPE,
				Integer.toString(plan.version()));
		return plan;
	}

	/**
	 * The client's current plan for the colleague covering their therapist's absence. The
	 * {@link CoveredClient} is the client's own choice to share with this cover for the
	 * absence (checked in force at this moment by accounts), so the plan's "shared with
	 * my therapist" setting does not enter into it. The read is written to the audit log
	 * in the same transaction; a client without a plan gets the empty plan (version 0)
	 * and no row, since nothing of theirs was read.
	 */
	@Transactional
	public SafetyPlan forCover(CoveredClient client) {
		SafetyPlan plan = this.store.latest(client.id())
			.map((p) -> p.reviewedOn(this.store.reviewedOn(client.id()).orElse(null)))
			.orElseGet(SafetyPlan::empty);
		if (plan.version() > 0) {
			this.audit.record(client.coverId(), SafetyAudit.COVER_READ_SAFETY_PLAN, client.id(), ITEM_TYPE,
					Integer.toString(plan.version()));
		}
		return plan;
	}

	/**
	 * The therapist of a client who shares the plan proposes changes: the whole plan as
	 * they would write it. Nothing changes until the client accepts. 404 unless linked
	 * and shared; written to the audit log.
	 */
	@Transactional
	public PlanProposal propose(CurrentUser therapist, UUID clientId, ProposedPlan input) {
		SafetyPlan plan = requireShared(therapist, clientId);
		new InputProblems().addAll(input.problems()).throwIfAny();
		StoredProposal stored = new StoredProposal(UUID.randomUUID(), clientId, therapist.id(), therapist.displayName(),
				plan.version(), input.steps(), input.tidyNote(), OPEN, this.clock.instant(), null, null);
		this.store.insertProposal(stored);
		this.audit.record(therapist.id(), SafetyAudit.SAFETY_PLAN_PROPOSED, clientId, PROPOSAL_TYPE,
				stored.id().toString());
		return view(stored, plan);
	}

	/**
	 * The shared plan with the proposals this therapist made for it, newest first (each
	 * with what it would change now); 404 unless linked and shared. One read, logged
	 * once.
	 */
	@Transactional
	public SharedPlan sharedWithProposals(CurrentUser therapist, UUID clientId) {
		SafetyPlan plan = sharedWith(therapist, clientId);
		List<PlanProposal> proposals = this.store.proposalsBy(therapist.id(), clientId)
			.stream()
			.map((p) -> view(p, plan))
			.toList();
		return new SharedPlan(plan, proposals);
	}

	/**
	 * A client's shared plan as their therapist sees it, with the therapist's proposals.
	 */
	public record SharedPlan(SafetyPlan plan, List<PlanProposal> proposals) {
	}

	/** The client's proposals still waiting for their answer, newest first. */
	@Transactional(readOnly = true)
	public List<PlanProposal> openProposals(CurrentUser client) {
		SafetyPlan plan = current(client);
		return this.store.proposalsFor(client.id(), OPEN).stream().map((p) -> view(p, plan)).toList();
	}

	/**
	 * The client takes the proposed changes: a new version written by the therapist, with
	 * the client's own sharing and country kept. 404 for anyone else's proposal, 409 when
	 * it was already answered.
	 */
	@Transactional
	public SafetyPlan accept(CurrentUser client, UUID proposalId) {
		StoredProposal proposal = ownProposal(client, proposalId);
		SafetyPlan plan = current(client);
		SafetyPlanInput steps = proposal.steps();
		SafetyPlanInput input = new SafetyPlanInput(steps.warningSigns(), steps.copingStrategies(),
				steps.distractions(), steps.peopleToAsk(), steps.professionals(), steps.environmentSafety(),
				steps.reasonsForLiving(), plan.sharedWithTherapist(), plan.crisisCountry());
		SafetyPlan saved = this.store.append(client.id(), input, this.clock.instant(), proposal.therapistId(),
				proposal.therapistName());
		if (!this.store.decide(proposalId, "ACCEPTED", this.clock.instant(), saved.version())) {
			throw new ConflictException("safety.proposal.answered");
		}
		this.audit.record(client.id(), SafetyAudit.SAFETY_PLAN_PROPOSAL_ACCEPTED, client.id(), PROPOSAL_TYPE,
				proposalId.toString());
		return current(client);
	}

	/** The client keeps their plan as it is; 404 for anyone else's, 409 when answered. */
	@Transactional
	public PlanProposal decline(CurrentUser client, UUID proposalId) {
		ownProposal(client, proposalId);
		if (!this.store.decide(proposalId, "DECLINED", this.clock.instant(), null)) {
			throw new ConflictException("safety.proposal.answered");
		}
		this.audit.record(client.id(), SafetyAudit.SAFETY_PLAN_PROPOSAL_DECLINED, client.id(), PROPOSAL_TYPE,
				proposalId.toString());
		return view(this.store.proposal(proposalId).orElseThrow(), current(client));
	}

	/**
	 * The client notes the day they went through the plan with their therapist (today
	 * when {@code day} is null). 422 for a day in the future or before the plan existed.
	 */
	@Transactional
	public SafetyPlan markReviewed(CurrentUser client, LocalDate day) {
		SafetyPlan plan = current(client);
		recordReview(client.id(), client.id(), plan, day, client.zone());
		return current(client);
	}

	/**
	 * The therapist, with the client, notes that they went through the shared plan
	 * together; 404 unless linked and shared; logged.
	 */
	@Transactional
	public LocalDate markReviewedWith(CurrentUser therapist, UUID clientId, LocalDate day) {
		SafetyPlan plan = requireShared(therapist, clientId);
		return recordReview(therapist.id(), clientId, plan, day, therapist.zone());
	}

	/**
	 * Whether to say, calmly, that it may be time to go through the plan together again:
	 * six months after the last time (or, never gone through, after the current version
	 * was written).
	 */
	public boolean reviewDue(SafetyPlan plan, ZoneId zone) {
		if (plan.version() == 0) {
			return false;
		}
		LocalDate since = (plan.reviewedTogether() != null) ? plan.reviewedTogether()
				: plan.updatedAt().atZone(zone).toLocalDate();
		return !LocalDate.now(this.clock.withZone(zone)).isBefore(since.plus(REVIEW_AFTER));
	}

	/**
	 * The skills of the client that the plan's own steps (things to do alone,
	 * distractions) name, by entry; empty when the toolbox is not there.
	 */
	@Transactional(readOnly = true)
	public Map<String, SkillLink> skillLinks(CurrentUser client, SafetyPlan plan) {
		SkillsInPlan finder = this.skills.getIfAvailable();
		if (finder == null || plan.version() == 0) {
			return Map.of();
		}
		List<String> entries = Stream.concat(plan.copingStrategies().stream(), plan.distractions().stream()).toList();
		return new HashMap<>(finder.skillsNamedIn(client, entries));
	}

	private LocalDate recordReview(UUID actorId, UUID clientId, SafetyPlan plan, LocalDate day, ZoneId zone) {
		if (plan.version() == 0) {
			throw new RuleViolationException("on", "safety.reviewed.noPlan");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate on = (day != null) ? day : today;
		if (on.isAfter(today) || on.isBefore(today.minusYears(5))) {
			throw new RuleViolationException("on", "safety.reviewed.day");
		}
		this.store.markReviewed(clientId, on, this.clock.instant());
		this.audit.record(actorId, SafetyAudit.SAFETY_PLAN_REVIEWED, clientId, ITEM_TYPE, on.toString());
		return on;
	}

	private SafetyPlan requireShared(CurrentUser therapist, UUID clientId) {
		this.links.requireLinkedClient(therapist, clientId);
		return this.store.latest(clientId).filter(SafetyPlan::sharedWithTherapist).orElseThrow(NotFoundException::new);
	}

	private StoredProposal ownProposal(CurrentUser client, UUID proposalId) {
		client.requireClient();
		StoredProposal proposal = this.store.proposal(proposalId)
			.filter((p) -> p.clientId().equals(client.id()))
			.orElseThrow(NotFoundException::new);
		if (!OPEN.equals(proposal.status())) {
			throw new ConflictException("safety.proposal.answered");
		}
		return proposal;
	}

	private static PlanProposal view(StoredProposal p, SafetyPlan current) {
		SafetyPlanInput s = p.steps();
		List<StepChange> changes = new ArrayList<>();
		change(changes, "warningSigns", current.warningSigns(), s.warningSigns(), Function.identity());
		change(changes, "copingStrategies", current.copingStrategies(), s.copingStrategies(), Function.identity());
		change(changes, "distractions", current.distractions(), s.distractions(), Function.identity());
		change(changes, "peopleToAsk", current.peopleToAsk(), s.peopleToAsk(), Contact::line);
		change(changes, "professionals", current.professionals(), s.professionals(), Contact::line);
		change(changes, "environmentSafety", current.environmentSafety(), s.environmentSafety(), Function.identity());
		change(changes, "reasonsForLiving", current.reasonsForLiving(), s.reasonsForLiving(), Function.identity());
		return new PlanProposal(p.id(), p.status(), p.therapistName(), p.createdAt(), p.basedOnVersion(), p.note(),
				s.warningSigns(), s.copingStrategies(), s.distractions(), s.peopleToAsk(), s.professionals(),
				s.environmentSafety(), s.reasonsForLiving(), List.copyOf(changes), p.decidedAt(), p.acceptedVersion());
	}

	private static <T> void change(List<StepChange> changes, String step, List<T> now, List<T> proposed,
			Function<T, String> text) {
		Set<String> before = new LinkedHashSet<>(now.stream().map(text).toList());
		Set<String> after = new LinkedHashSet<>(proposed.stream().map(text).toList());
		List<String> added = after.stream().filter((e) -> !before.contains(e)).toList();
		List<String> removed = before.stream().filter((e) -> !after.contains(e)).toList();
		if (!added.isEmpty() || !removed.isEmpty()) {
			changes.add(new StepChange(step, added, removed));
		}
	}

}
