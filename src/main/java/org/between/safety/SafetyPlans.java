package org.between.safety;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
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

	private final SafetyPlanStore store;

	private final ClientLinks links;

	private final AuditLog audit;

	private final SafetyPlanPdf pdf;

	private final SafetyNet safetyNet;

	private final Clock clock;

	SafetyPlans(SafetyPlanStore store, ClientLinks links, AuditLog audit, SafetyPlanPdf pdf, SafetyNet safetyNet,
			Clock clock) {
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
		return this.store.latest(client.id()).orElseGet(SafetyPlan::empty);
	}

	@Transactional
	public SafetyPlan save(CurrentUser client, SafetyPlanInput input) {
		client.requireClient();
		SafetyPlan saved = this.store.append(client.id(), input.tidy(), this.clock.instant());
		this.audit.record(client.id(), "SAFETY_PLAN_SAVED", client.id(), ITEM_TYPE, Integer.toString(saved.version()));
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
	 * The plan of a linked client who shares it; 404 when not linked, not shared, or no
	 * longer shared. The read is written to the audit log in the same transaction.
	 */
	@Transactional
	public SafetyPlan sharedWith(CurrentUser therapist, UUID clientId) {
		this.links.requireLinkedClient(therapist, clientId);
		SafetyPlan plan = this.store.latest(clientId)
			.filter(SafetyPlan::sharedWithTherapist)
			.orElseThrow(NotFoundException::new);
		this.audit.record(therapist.id(), "SAFETY_PLAN_READ", clientId, ITEM_TYPE, Integer.toString(plan.version()));
		return plan;
	}

}
