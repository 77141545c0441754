package org.between.brief;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/** The therapist's home is their day ({@link TherapistDay}): first of the home cards. */
@Component
class DayHomeCard implements HomeCard {

	private final TherapistDay day;

	DayHomeCard(TherapistDay day) {
		this.day = day;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		return this.day.today(user).map((d) -> new Card("brief/day", "day", Map.of("day", d), 1));
	}

}
