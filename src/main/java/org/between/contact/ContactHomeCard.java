package org.between.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.accounts.LinkedClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On both home pages, calmly: for a client, a proposal from their therapist waiting for
 * an answer, or the agreement's review date come; for a therapist, the clients whose
 * agreement's review date has come. A review already under way (a newer proposal open)
 * shows no card. Nothing counts up, nothing is sent.
 */
@Component
class ContactHomeCard implements HomeCard {

	static final int ORDER = 20;

	private final ContactAgreements agreements;

	private final ContactAgreementStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Clock clock;

	ContactHomeCard(ContactAgreements agreements, ContactAgreementStore store, ClientLinks links, Accounts accounts,
			Clock clock) {
		this.agreements = agreements;
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> cardFor(CurrentUser user) {
		if (user.isClient()) {
			return clientCard(user);
		}
		if (user.isTherapist() && !this.accounts.mustEnrolSecondFactor(user)) {
			return therapistCard(user);
		}
		return Optional.empty();
	}

	private Optional<Card> clientCard(CurrentUser client) {
		AgreementOverview overview = this.agreements.forClient(client);
		if (overview.proposed() != null && overview.proposed().status() == AgreementStatus.PROPOSED) {
			return Optional.of(card("client", Map.of("proposal", true)));
		}
		ContactAgreement active = overview.active();
		if (active != null && overview.proposed() == null && active.reviewDue(today(active))) {
			return Optional.of(card("client", Map.of("proposal", false, "reviewDate", active.reviewDate())));
		}
		return Optional.empty();
	}

	private Optional<Card> therapistCard(CurrentUser therapist) {
		Map<UUID, LinkedClient> clients = new HashMap<>();
		this.links.clients(therapist).forEach((c) -> clients.put(c.id(), c));
		List<Map<String, Object>> due = this.store.acceptedBy(therapist.id())
			.stream()
			.filter((a) -> clients.containsKey(a.clientId()) && a.reviewDue(today(a)))
			.filter((a) -> this.store.of(a.clientId(), therapist.id(), false)
				.stream()
				.noneMatch((o) -> o.status().open()))
			.map((a) -> Map.<String, Object>of("clientId", a.clientId(), "name",
					clients.get(a.clientId()).displayName(), "reviewDate", a.reviewDate()))
			.toList();
		return due.isEmpty() ? Optional.empty() : Optional.of(card("therapist", Map.of("due", due)));
	}

	private LocalDate today(ContactAgreement agreement) {
		return LocalDate.ofInstant(this.clock.instant(), agreement.readingHours().zone());
	}

	private static Card card(String fragment, Map<String, Object> model) {
		return new Card("contact/cards", fragment, model, ORDER);
	}

}
