package org.between.reminders;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders module's public face: each person's choice of e-mail reminders (every
 * type off until they turn it on) and the one-click unsubscribe. Sending is the
 * scheduler's ({@code ReminderRound}); other modules offer reminders through
 * {@link ReminderSource}, never through this class.
 */
@Service
public class Reminders {

	private final PreferenceStore preferences;

	private final UnsubscribeTokens tokens;

	private final List<ReminderSource> sources;

	private final Clock clock;

	Reminders(PreferenceStore preferences, UnsubscribeTokens tokens, List<ReminderSource> sources, Clock clock) {
		this.preferences = preferences;
		this.tokens = tokens;
		this.sources = sources;
		this.clock = clock;
	}

	/** The person's choice, or the defaults when they never made one. */
	@Transactional(readOnly = true)
	public ReminderPreferences preferences(CurrentUser me) {
		return this.preferences.find(me.id()).orElse(ReminderPreferences.DEFAULT);
	}

	/** Replaces the person's choice; 400 listing every bad field. */
	@Transactional
	public ReminderPreferences change(CurrentUser me, ReminderPreferences wanted) {
		PreferenceValidation.check(wanted);
		this.preferences.save(me.id(), wanted, this.clock.instant());
		return wanted;
	}

	/**
	 * The types a module offers this person (a source exists and reaches them), in the
	 * enum's order: what {@code /account} lets them choose.
	 */
	public List<ReminderType> offeredTo(CurrentUser me) {
		return Arrays.stream(ReminderType.values())
			.filter((type) -> this.sources.stream().anyMatch((s) -> s.type() == type && s.offeredTo(me)))
			.toList();
	}

	/**
	 * The type an unsubscribe link stops, for its confirmation page; 404 for a token we
	 * did not hand out.
	 */
	@Transactional(readOnly = true)
	public ReminderType unsubscribeTarget(String token) {
		return this.tokens.find(token).map(UnsubscribeStore.Target::type).orElseThrow(Reminders::unknownLink);
	}

	/**
	 * Turns off the type the link stops, for the person it was sent to (the link is the
	 * key: no sign-in); the same link again changes nothing. 404 for a token we did not
	 * hand out.
	 */
	@Transactional
	public ReminderType unsubscribe(String token) {
		UnsubscribeStore.Target target = this.tokens.find(token).orElseThrow(Reminders::unknownLink);
		ReminderPreferences current = this.preferences.find(target.userId()).orElse(ReminderPreferences.DEFAULT);
		if (current.enabled(target.type())) {
			this.preferences.save(target.userId(), current.with(target.type(), false), this.clock.instant());
		}
		return target.type();
	}

	private static NotFoundException unknownLink() {
		return new NotFoundException();
	}

}
