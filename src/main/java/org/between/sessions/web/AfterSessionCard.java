package org.between.sessions.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.sessions.AfterSession;
import org.springframework.stereotype.Component;

/**
 * First on the client's home for six hours after a session ends ({@link AfterSession}):
 * the bridge note, what has helped, the next session, "My plan". Asks nothing.
 */
@Component
class AfterSessionCard implements HomeCard {

	private final AfterSession after;

	private final SessionWords words;

	AfterSessionCard(AfterSession after, SessionWords words) {
		this.after = after;
		this.words = words;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.after.landing(user).map((landing) -> {
			Map<String, Object> model = new HashMap<>();
			model.put("note", landing.note());
			if (landing.note() != null) {
				model.put("from", this.words.bridgeFrom(landing.note().sessionStartsAt(), user.zone()));
			}
			model.put("skill", landing.skill());
			if (landing.skill() != null) {
				model.put("helped", this.words.helped(landing.skill(), landing.situation()));
			}
			model.put("next", (landing.next() != null) ? this.words.countdown(landing.next(), user.zone()) : null);
			return new Card("sessions/cards", "after", model, 1);
		});
	}

}
