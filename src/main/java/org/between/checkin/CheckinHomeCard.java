package org.between.checkin;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * "How are you right now?" on every client's home, always the same: an offer, never a
 * reminder of when they last checked in.
 */
@Component
class CheckinHomeCard implements HomeCard {

	/** Near the top: it is the everyday thing to do here. */
	static final int ORDER = 10;

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (user == null || !user.isClient()) {
			return Optional.empty();
		}
		return Optional.of(new Card("checkin/cards", "checkin", Map.of(), ORDER));
	}

}
