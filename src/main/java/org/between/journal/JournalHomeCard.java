package org.between.journal;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * The journal on the client's home: the agenda for the next session when there is one
 * ("For your next session: 2 things"), otherwise a quiet way in.
 */
@Component
class JournalHomeCard implements HomeCard {

	private final Journal journal;

	JournalHomeCard(Journal journal) {
		this.journal = journal;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		int agenda = this.journal.agendaCount(user);
		return Optional.of(new Card("journal/cards", "journal", Map.of("agenda", agenda), 20));
	}

}
