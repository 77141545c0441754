package org.between.endings;

import java.time.Instant;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.sessions.SessionMarks;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.time.Clock;

/**
 * The last sessions of an open ending, marked on both sides' sessions pages: "The last
 * session before the ending", or "One of the last sessions before the ending (3 from
 * here)". Only the session's two people are asked about (the pages list their own).
 */
@Component
class EndingSessionMarks implements SessionMarks {

	private final Endings endings;

	private final MessageSource messages;

	private final Clock clock;

	EndingSessionMarks(Endings endings, MessageSource messages, Clock clock) {
		this.endings = endings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Optional<String> markFor(CurrentUser viewer, SessionView session) {
		boolean mine = viewer.id().equals(session.clientId()) || viewer.id().equals(session.therapistId());
		Instant now = this.clock.instant();
		if (!mine || session.status() != SessionStatus.SCHEDULED || !session.startsAt().isAfter(now)) {
			return Optional.empty();
		}
		return this.endings.openZone(session.therapistId(), session.clientId())
			.flatMap((zone) -> this.endings.sessionsLeftFrom(session.therapistId(), session.clientId(),
					session.startsAt().atZone(zone).toLocalDate()))
			.filter((left) -> left > 0)
			.map((left) -> (left == 1) ? this.messages.getMessage("endings.mark.last", null, viewer.locale())
					: this.messages.getMessage("endings.mark.oneOfLast", new Object[] { left }, viewer.locale()));
	}

}
