package org.between.sessions.web;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.sessions.SessionStatus;
import org.between.sessions.Sessions;
import org.springframework.stereotype.Component;

/**
 * The client's next session on their home page, calmly: when, in words, and a way to the
 * sessions page. Nothing is shown when no session is planned.
 */
@Component
class NextSessionCard implements HomeCard {

	private final Sessions sessions;

	private final SessionWords words;

	NextSessionCard(Sessions sessions, SessionWords words) {
		this.sessions = sessions;
		this.words = words;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.sessions.upcoming(user, 5)
			.stream()
			.filter((s) -> s.status() == SessionStatus.SCHEDULED)
			.findFirst()
			.map((s) -> new Card("sessions/cards", "next", Map.of("when", this.words.countdown(s, user.zone()),
					"length", this.words.minutes(s.durationMinutes()), "id", s.id()), 15));
	}

}
