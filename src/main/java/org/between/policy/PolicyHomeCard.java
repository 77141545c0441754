package org.between.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.links.therapistOf(user).flatMap((therapist) -> {
			Instant now = this.clock.instant();
			PolicyTimeline timeline = this.store.timeline(therapist.id());
			Set<Integer> read = this.store.acknowledgements(therapist.id(), user.id())
				.stream()
				.map(Acknowledgement::version)
				.collect(Collectors.toSet());
			Map<String, Object> model = new HashMap<>();
			model.put("changesOn", null);
			Optional<PolicyVersion> change = timeline.upcoming(now)
				.stream()
				.filter((v) -> !read.contains(v.version()))
				.findFirst();
			if (change.isPresent()) {
				model.put("changesOn", change.get().effectiveFrom());
				return Optional.of(new Card("policy/cards", "policy", model, 15));
			}
			Optional<PolicyVersion> current = timeline.at(now).filter((v) -> !read.contains(v.version()));
			if (current.isPresent()) {
				return Optional.of(new Card("policy/cards", "policy", model, 15));
			}
			return Optional.empty();
		});
	}

}
