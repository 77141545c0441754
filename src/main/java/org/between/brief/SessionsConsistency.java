package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.brief.ConsistencyPart.Figure;
import org.between.sessions.Punctuality;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.springframework.stereotype.Component;

/**
 * The sessions part of the consistency record: sessions held, late starts said ahead and
 * not, minutes lost, sessions ended early, a full length said and not kept (the figures
 * of {@link Punctuality}), and the therapist's own cancellations with their notice (from
 * the cancellation to the planned start; short is under {@link #SHORT_NOTICE}).
 */
@Component
class SessionsConsistency implements ConsistencyPart {

	/** Less notice than this is short: a client can rarely rearrange their day in it. */
	static final Duration SHORT_NOTICE = Duration.ofHours(48);

	private final Sessions sessions;

	private final ConsistencyWords words;

	SessionsConsistency(Sessions sessions, ConsistencyWords words) {
		this.sessions = sessions;
		this.words = words;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Section section(CurrentUser therapist, Instant from, Instant to) {
		Sessions.OwnRecord own = this.sessions.ownRecord(therapist, from, to);
		List<SessionView> list = own.sessions();
		Punctuality p = own.punctuality();
		List<Long> notice = new ArrayList<>();
		for (SessionView s : list) {
			if (s.status() == SessionStatus.CANCELLED_BY_THERAPIST && s.cancellation() != null) {
				notice.add(Math.max(0, Duration.between(s.cancellation().cancelledAt(), s.startsAt()).toHours()));
			}
		}
		long shortNotice = notice.stream().filter((h) -> h < SHORT_NOTICE.toHours()).count();
		List<Figure> figures = List.of(this.words.figure("consistency.sessions.held", p.held()),
				this.words.figure("consistency.sessions.lateAnnounced", p.startedLateAnnounced()),
				this.words.figure("consistency.sessions.lateUnannounced", p.startedLateUnannounced()),
				this.words.figure("consistency.sessions.minutesLost", p.minutesLost()),
				this.words.figure("consistency.sessions.endedEarly", p.endedEarly()),
				this.words.figure("consistency.sessions.fullLengthNotKept", p.fullLengthNotKept()),
				this.words.figure("consistency.sessions.cancelled", notice.size()),
				this.words.figure("consistency.sessions.shortNotice", shortNotice),
				this.words.figure("consistency.sessions.medianNotice", ConsistencyWords.median(notice)));
		String sentence = this.words.msg("consistency.sessions.sentence", p.held(), p.startedLate(),
				p.startedLateAnnounced(), p.minutesLost(), notice.size(), shortNotice);
		return new Section("consistency.sessions.title", this.words.msg("consistency.sessions.title"), figures,
				sentence);
	}

}
