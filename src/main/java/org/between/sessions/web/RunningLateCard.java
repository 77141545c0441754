package org.between.sessions.web;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.sessions.Sessions;
import org.springframework.stereotype.Component;

/**
 * First on the client's home while their therapist's "I'm running late" holds: the
 * minutes and whether the session keeps its full length, so that nobody sits wondering
 * (issue 18). It goes once the session starts or is over.
 */
@Component
class RunningLateCard implements HomeCard {

	private final Sessions sessions;

	private final SessionWords words;

	RunningLateCard(Sessions sessions, SessionWords words) {
		this.sessions = sessions;
		this.words = words;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.sessions.runningLateNow(user)
			.map((s) -> new Card("sessions/cards", "late",
					Map.of("text", this.words.runningLate(s, user), "id", s.id()), 2));
	}

}
