package org.between.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * On a client's home: a quiet card when their therapist's policy changes soon ("Your
 * therapist's practice policy changes on 3 January"), or when they have not yet read the
 * version in force (right after linking, too). Once they have said they read it, the card
 * goes away: no reminders, no counting.
 */
@Component
class PolicyHomeCard implements HomeCard {

	private final PolicyStore store;

	private final ClientLinks links;

	private final Clock clock;

	PolicyHomeCard(PolicyStore store, ClientLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (user.isTherapist()) {
			return pending(user);
		}
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.links.therapistOf(user).flatMap((therapist) -> card(therapist.id(), user.id()));
	}

	/**
	 * On a therapist's home (issue 16): the linked clients who have not yet said they
	 * read the newest published version (in force or announced), by name, with the way to
	 * the table on {@code /frame}. Nothing when all have, or without a policy. Only the
	 * therapist's own frame is read (who acknowledged which version), as on
	 * {@code /frame}.
	 */
	private Optional<Card> pending(CurrentUser therapist) {
		Instant now = this.clock.instant();
		PolicyTimeline timeline = this.store.timeline(therapist.id());
		Optional<PolicyVersion> newest = timeline.upcoming(now).stream().reduce((a, b) -> b).or(() -> timeline.at(now));
		if (newest.isEmpty()) {
			return Optional.empty();
		}
		int version = newest.get().version();
		java.util.List<String> names = notRead(therapist, version);
		if (names.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("version", version);
		model.put("names", names);
		return Optional.of(new Card("policy/cards", "pending", model, 30));
	}

	/** The names of the linked clients who have not acknowledged {@code version}. */
	private java.util.List<String> notRead(CurrentUser therapist, int version) {
		Set<UUID> read = this.store.acknowledgements(therapist.id())
			.stream()
			.filter((a) -> a.version() == version)
			.map(Acknowledgement::clientId)
			.collect(Collectors.toSet());
		try {
			return this.links.clients(therapist)
				.stream()
				.filter((c) -> !read.contains(c.id()))
				.map(org.between.accounts.LinkedClient::displayName)
				.toList();
		}
		catch (org.between.shared.ForbiddenException ex) {
			// no second factor yet: the home page asks for it first
			return java.util.List.of();
		}
	}

	/**
	 * The first upcoming version the client has not read names its day; else an unread
	 * version in force asks to be read; else nothing.
	 */
	private Optional<Card> card(UUID therapistId, UUID clientId) {
		Instant now = this.clock.instant();
		PolicyTimeline timeline = this.store.timeline(therapistId);
		Set<Integer> read = this.store.acknowledgements(therapistId, clientId)
			.stream()
			.map(Acknowledgement::version)
			.collect(Collectors.toSet());
		Predicate<PolicyVersion> unread = (v) -> !read.contains(v.version());
		Optional<PolicyVersion> change = timeline.upcoming(now).stream().filter(unread).findFirst();
		if (change.isPresent()) {
			return Optional.of(card(change.get().effectiveFrom()));
		}
		return timeline.at(now).filter(unread).map((current) -> card(null));
	}

	private static Card card(LocalDate changesOn) {
		Map<String, Object> model = new HashMap<>();
		model.put("changesOn", changesOn);
		return new Card("policy/cards", "policy", model, 15);
	}

}
