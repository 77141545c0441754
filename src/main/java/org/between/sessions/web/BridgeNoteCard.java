package org.between.sessions.web;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.sessions.AfterSession;
import org.between.sessions.BridgeNotes;
import org.springframework.stereotype.Component;

/**
 * The bridge note on the client's home until the next held session ("From Thursday's
 * session: …"), with a way to keep it. While the landing after a session is shown, the
 * note is part of it ({@link AfterSessionCard}) and this card stays away.
 */
@Component
class BridgeNoteCard implements HomeCard {

	private final BridgeNotes notes;

	private final AfterSession after;

	private final SessionWords words;

	BridgeNoteCard(BridgeNotes notes, AfterSession after, SessionWords words) {
		this.notes = notes;
		this.after = after;
		this.words = words;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient() || this.after.landing(user).isPresent()) {
			return Optional.empty();
		}
		return this.notes.current(user)
			.map((n) -> new Card("sessions/cards", "bridge",
					Map.of("note", n, "from", this.words.bridgeFrom(n.sessionStartsAt(), user.zone())), 12));
	}

}
