package org.between.sessions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;

/**
 * One session as a page shows it, already in words and in the reader's zone. {@code who}
 * is the client's name on the therapist's pages (null on the client's); {@code startsAt}
 * places it among the breaks ({@link BreakLines}); {@code mark} is what another module
 * says of it ({@link org.between.sessions.SessionMarks}, e.g. one of the last sessions),
 * or null.
 */
public record SessionLine(UUID id, UUID clientId, String when, String time, String countdown, String length,
		String kind, String status, String statusCode, String recorded, List<String> ruling, String videoLink,
		String who, boolean cancelled, boolean future, Instant startsAt, String mark) {

	static SessionLine of(SessionView s, CurrentUser reader, String who, SessionWords words, Instant now) {
		return new SessionLine(s.id(), s.clientId(), words.when(s.startsAt(), reader.zone()),
				words.time(s.startsAt(), reader.zone()), words.countdown(s, reader.zone()),
				words.minutes(s.durationMinutes()), words.kind(s), words.status(s, reader), s.status().name(),
				words.recorded(s, reader.zone()), words.ruling(s, reader), s.videoLink(), who,
				s.status().isCancelled() || s.status() == SessionStatus.NO_SHOW, s.endsAt().isAfter(now), s.startsAt(),
				words.mark(s, reader));
	}

}
