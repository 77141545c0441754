package org.between.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of reminders: asks every {@link ReminderSource} what is due, keeps what the
 * person turned on and {@link ReminderTiming} allows now, and sends each in a transaction
 * of its own that first claims it in {@code reminders_sent} ({@link SentReminderStore}):
 * the claim fails when the fact went out before or the person had a reminder of this type
 * today, and then nothing is queued. So two rounds at once — two instances, with or
 * without the scheduler's lock — send each reminder once.
 */
@Component
class ReminderRound {

	/** How far back the sources are asked: reminders held over quiet hours. */
	static final Duration LOOK_BACK = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(ReminderRound.class);

	private final List<ReminderSource> sources;

	private final PreferenceStore preferences;

	private final SentReminderStore sent;

	private final UnsubscribeTokens tokens;

	private final ReminderMail mail;

	private final Accounts accounts;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	ReminderRound(List<ReminderSource> sources, PreferenceStore preferences, SentReminderStore sent,
			UnsubscribeTokens tokens, ReminderMail mail, Accounts accounts, PlatformTransactionManager transactions) {
		this.sources = sources;
		this.preferences = preferences;
		this.sent = sent;
		this.tokens = tokens;
		this.mail = mail;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Sends what is due at {@code now}; answers how many reminders were queued. */
	int run(Instant now) {
		Map<UUID, ReminderPreferences> turnedOn = this.readOnly.execute((status) -> this.preferences.withAnyTypeOn());
		Map<UUID, Optional<CurrentUser>> people = new HashMap<>();
		int queued = 0;
		for (ReminderSource source : this.sources) {
			for (DueReminder due : dueFrom(source, now)) {
				ReminderPreferences choice = turnedOn.getOrDefault(due.userId(), ReminderPreferences.DEFAULT);
				if (!choice.enabled(due.type())) {
					continue;
				}
				Optional<CurrentUser> person = people.computeIfAbsent(due.userId(), this::person);
				if (person.isPresent() && send(due, choice, person.get(), now)) {
					queued++;
				}
			}
		}
		return queued;
	}

	/**
	 * What the source reports; nothing when it fails, so that one module's trouble does
	 * not hold up the others' reminders.
	 */
	private List<DueReminder> dueFrom(ReminderSource source, Instant now) {
		List<DueReminder> due;
		try {
			due = this.readOnly
				.execute((status) -> source.due(now.minus(LOOK_BACK), now.plus(ReminderType.LONGEST_LEAD)));
		}
		catch (RuntimeException ex) {
			log.warn("{} failed; its reminders wait for the next round: {}", source.getClass().getSimpleName(),
					ex.toString());
			return List.of();
		}
		return due.stream().filter((d) -> {
			boolean own = d.type() == source.type();
			if (!own) {
				log.warn("{} reported a reminder of type {}; ignored", source.getClass().getSimpleName(), d.type());
			}
			return own;
		}).toList();
	}

	private boolean send(DueReminder due, ReminderPreferences choice, CurrentUser person, Instant now) {
		if (ReminderTiming.decide(due, choice, person.zone(), now) != ReminderTiming.Decision.SEND) {
			return false;
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.sent.claim(due, now.atZone(person.zone()).toLocalDate(), now);
				this.mail.queue(due, person, this.tokens.issue(person.id(), due.type(), now), now);
			});
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Sent before, another reminder of this type went out today, or another
			// instance sends it right now.
			return false;
		}
		catch (RuntimeException ex) {
			// Nothing was claimed: the next round tries again. No address in the log.
			log.warn("A {} reminder was not queued: {}", due.type(), ex.getClass().getSimpleName());
			return false;
		}
	}

	private Optional<CurrentUser> person(UUID userId) {
		try {
			return Optional.of(this.accounts.refresh(userId));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
