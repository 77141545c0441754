package org.between.endings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Accounts.TherapistRef;
import org.between.endings.PortfolioLetterStore.StoredLetter;
import org.between.endings.PortfolioStore.Body;
import org.between.endings.PortfolioStore.Stored;
import org.between.safety.SafetyPlan;
import org.between.safety.SafetyPlans;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.Toolbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carry-forward portfolio (issue 14, item 5): built together over the last sessions
 * and kept by the client — the skills that work for them (pre-filled from the toolbox
 * ranking with their own numbers), what they learned, their safety plan, signs that
 * things are slipping and what they will do then, how to come back, their therapist's
 * letter, and what they chose to keep from other modules ({@link PortfolioKeepsakes}).
 * <p>
 * It is the client's whether or not they are linked: it does not depend on the link and
 * stays after the ending. The therapist reaches it only through the link check
 * ({@link ClientLinks#requireLinkedClient}), so their access ends with the link: they
 * write their letter while linked, and read the portfolio only while the client shares it
 * with them (each read in the client's access log).
 */
@Service
public class Portfolios {

	static final String ITEM_TYPE = "PORTFOLIO";

	private final PortfolioStore store;

	private final PortfolioLetterStore letters;

	private final PortfolioPdf pdf;

	private final Toolbox toolbox;

	private final SafetyPlans safetyPlans;

	private final ClientLinks links;

	private final AuditLog audit;

	private final ObjectProvider<PortfolioKeepsakes> keepsakes;

	private final Clock clock;

	Portfolios(PortfolioStore store, PortfolioLetterStore letters, PortfolioPdf pdf, Toolbox toolbox,
			SafetyPlans safetyPlans, ClientLinks links, AuditLog audit, ObjectProvider<PortfolioKeepsakes> keepsakes,
			Clock clock) {
		this.store = store;
		this.letters = letters;
		this.pdf = pdf;
		this.toolbox = toolbox;
		this.safetyPlans = safetyPlans;
		this.links = links;
		this.audit = audit;
		this.keepsakes = keepsakes;
		this.clock = clock;
	}

	/**
	 * The client's portfolio with their safety plan, every letter and what they kept;
	 * before they first save it, the skills that worked best for them pre-filled.
	 */
	@Transactional(readOnly = true)
	public Portfolio mine(CurrentUser client) {
		client.requireClient();
		Optional<Stored> stored = this.store.find(client.id());
		List<RankedSkill> ranking = this.toolbox.ranking(client, null);
		List<PortfolioLetter> all = this.letters.to(client.id()).stream().map(StoredLetter::view).toList();
		UUID therapistId = this.links.therapistOf(client).map(TherapistRef::id).orElse(null);
		return view(stored, ranking, this.safetyPlans.current(client), all, kept(client.id()),
				stored.map((s) -> s.sharedWith() != null && s.sharedWith().equals(therapistId)).orElse(false));
	}

	/**
	 * Saves what the client wrote (the whole portfolio; a missing list is an empty one):
	 * 400 naming every field too long; 422 when they would share it with no therapist
	 * linked. A change of sharing is a row in their access log.
	 */
	@Transactional
	public Portfolio save(CurrentUser client, PortfolioInput input) {
		client.requireClient();
		PortfolioInput in = (input != null) ? input : new PortfolioInput(null, null, null, null, null, null);
		PortfolioRules.check(in).throwIfAny();
		UUID therapistId = this.links.therapistOf(client).map(TherapistRef::id).orElse(null);
		if (in.shares() && therapistId == null) {
			throw new RuleViolationException("shareWithTherapist", "portfolio.share.noTherapist.rule");
		}
		UUID before = this.store.find(client.id()).map(Stored::sharedWith).orElse(null);
		UUID after = in.shares() ? therapistId : null;
		Body body = new Body(PortfolioRules.entries(in.skillsThatWork()), PortfolioRules.entries(in.insights()),
				PortfolioRules.entries(in.relapseSigns()), PortfolioRules.entries(in.whatToDo()),
				PortfolioRules.text(in.howToComeBack()));
		this.store.save(new Stored(client.id(), body, after, now()));
		if (after != null && !after.equals(before)) {
			this.audit.record(client.id(), PortfolioAudit.PORTFOLIO_SHARED, client.id(), ITEM_TYPE, after.toString());
		}
		if (before != null && !before.equals(after)) {
			this.audit.record(client.id(), PortfolioAudit.PORTFOLIO_UNSHARED, client.id(), ITEM_TYPE,
					before.toString());
		}
		return mine(client);
	}

	/** The client's portfolio as a PDF that prints well (text, not images). */
	@Transactional(readOnly = true)
	public byte[] pdf(CurrentUser client) {
		return this.pdf.render(mine(client), client);
	}

	/**
	 * The portfolio a linked client shares with this therapist, with this therapist's own
	 * letter only and without the client's toolbox numbers and safety plan (each read
	 * where the client shares it); 404 unless linked and shared. A row in the client's
	 * access log.
	 */
	@Transactional
	public Portfolio sharedWith(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		Stored stored = this.store.find(client.id())
			.filter((s) -> therapist.id().equals(s.sharedWith()))
			.orElseThrow(NotFoundException::new);
		this.audit.record(therapist.id(), PortfolioAudit.PORTFOLIO_READ, client.id(), ITEM_TYPE,
				therapist.id().toString());
		List<PortfolioLetter> own = this.letters.find(client.id(), therapist.id())
			.map(StoredLetter::view)
			.stream()
			.toList();
		return view(Optional.of(stored), List.of(), null, own, kept(client.id()), true);
	}

	/**
	 * The therapist's own letter to a linked client, if they wrote one; 404 unless
	 * linked. Reads nothing of the client's.
	 */
	@Transactional(readOnly = true)
	public Optional<PortfolioLetter> letter(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		return this.letters.find(client.id(), therapist.id()).map(StoredLetter::view);
	}

	/**
	 * Writes the therapist's letter for a linked client's portfolio, replacing the one
	 * before; blank takes it back (then empty). 404 unless linked, 400 over 20 000
	 * characters. A row in the client's access log.
	 */
	@Transactional
	public Optional<PortfolioLetter> writeLetter(CurrentUser therapist, UUID clientId, String letter) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		PortfolioRules.checkLetter(letter).throwIfAny();
		String text = PortfolioRules.text(letter);
		if (text == null) {
			this.letters.delete(client.id(), therapist.id());
		}
		else {
			this.letters.save(client.id(), therapist.id(), therapist.displayName(), text, now());
		}
		this.audit.record(therapist.id(), PortfolioAudit.PORTFOLIO_LETTER_WRITTEN, client.id(), ITEM_TYPE,
				therapist.id().toString());
		return this.letters.find(client.id(), therapist.id()).map(StoredLetter::view);
	}

	private List<PortfolioKeepsake> kept(UUID clientId) {
		return this.keepsakes.orderedStream()
			.flatMap((source) -> source.keptBy(clientId).stream())
			.sorted(Comparator.comparing(PortfolioKeepsake::on, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	private static Portfolio view(Optional<Stored> stored, List<RankedSkill> ranking, SafetyPlan safetyPlan,
			List<PortfolioLetter> letters, List<PortfolioKeepsake> kept, boolean shared) {
		Body body = stored.map(Stored::body).orElse(null);
		String newest = letters.isEmpty() ? null : letters.get(0).letter();
		if (body == null) {
			return new Portfolio(PortfolioRules.prefilled(ranking), true, PortfolioRules.numbers(ranking), List.of(),
					List.of(), List.of(), null, false, null, safetyPlan, newest, letters, kept);
		}
		return new Portfolio(body.skillsThatWork(), false, PortfolioRules.numbers(ranking), body.insights(),
				body.relapseSigns(), body.whatToDo(), body.howToComeBack(), shared, stored.get().updatedAt(),
				safetyPlan, newest, letters, kept);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
