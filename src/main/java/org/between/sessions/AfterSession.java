package org.between.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.Situation;
import org.between.toolbox.Toolbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gentle landing (issue 18): for {@link #LASTS} after the recorded end of a held
 * session, the client's home opens with what helps in the hours after: the bridge note if
 * there is one, the skill that has worked best for them in the situation they practise in
 * most (with its numbers), when the next session is, and their safety plan. It asks
 * nothing, sends nothing and goes by itself.
 */
@Service
public class AfterSession {

	/**
	 * How long the landing stays: the evening after a session, when readers say the gap
	 * is felt most, and not into the next day.
	 */
	public static final Duration LASTS = Duration.ofHours(6);

	private final SessionStore sessions;

	private final BridgeNotes notes;

	private final Toolbox toolbox;

	private final Clock clock;

	AfterSession(SessionStore sessions, BridgeNotes notes, Toolbox toolbox, Clock clock) {
		this.sessions = sessions;
		this.notes = notes;
		this.toolbox = toolbox;
		this.clock = clock;
	}

	/**
	 * The client's landing now, or empty: only a client, only within {@link #LASTS} of
	 * the recorded end of their latest held session (from the end itself, not before).
	 */
	@Transactional(readOnly = true)
	public Optional<Landing> landing(CurrentUser client) {
		if (!client.isClient()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<SessionView> ended = this.sessions.ofClient(null, client.id())
			.stream()
			.filter((s) -> s.status() == SessionStatus.HELD && s.endedAt() != null)
			.filter((s) -> within(s.endedAt(), now))
			.reduce((a, b) -> b);
		if (ended.isEmpty()) {
			return Optional.empty();
		}
		Optional<Situation> situation = this.toolbox.mostFrequentSituation(client);
		RankedSkill skill = situation
			.flatMap((sit) -> this.toolbox.ranking(client, sit.name())
				.stream()
				.findFirst()
				.filter((r) -> r.practised() && r.estimatedReduction() > 0))
			.orElse(null);
		SessionView next = this.sessions.upcoming(client.id(), now, 1).stream().findFirst().orElse(null);
		return Optional.of(new Landing(ended.get(), ended.get().endedAt().plus(LASTS),
				this.notes.current(client).orElse(null), (skill != null) ? situation.get() : null, skill, next));
	}

	/** From the recorded end, inclusive, until {@link #LASTS} later, exclusive. */
	static boolean within(Instant endedAt, Instant now) {
		return !now.isBefore(endedAt) && now.isBefore(endedAt.plus(LASTS));
	}

	/**
	 * The landing: the session just held, until when it is shown, the current bridge note
	 * (null: none), the situation and the best-working skill in it (both null before one
	 * has helped), and the next session (null: none planned).
	 */
	public record Landing(SessionView session, Instant until, BridgeNote note, Situation situation, RankedSkill skill,
			SessionView next) {
	}

}
