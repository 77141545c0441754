package org.between.endings;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.sessions.BridgeNotes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bridge notes a client chose to keep (issue 18), in their portfolio: the words a
 * therapist left after a session, carried on after the ending. {@code sessions} cannot
 * implement {@link PortfolioKeepsakes} itself ({@code endings} depends on it), so the
 * part lives here and asks {@link BridgeNotes} as the client.
 */
@Component
class BridgeNoteKeepsakes implements PortfolioKeepsakes {

	private final BridgeNotes notes;

	private final Accounts accounts;

	private final MessageSource messages;

	BridgeNoteKeepsakes(BridgeNotes notes, Accounts accounts, MessageSource messages) {
		this.notes = notes;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<PortfolioKeepsake> keptBy(UUID clientId) {
		CurrentUser client = this.accounts.refresh(clientId);
		ZoneId zone = client.zone();
		String source = this.messages.getMessage("portfolio.kept.bridgeNote", null, "From a session",
				LocaleContextHolder.getLocale());
		return this.notes.kept(client)
			.stream()
			.map((n) -> new PortfolioKeepsake(n.note(), n.sessionStartsAt().atZone(zone).toLocalDate(), source))
			.toList();
	}

}
