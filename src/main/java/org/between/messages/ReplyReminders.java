package org.between.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.reminders.DueReminder;
import org.between.reminders.ReminderSource;
import org.between.reminders.ReminderType;
import org.springframework.stereotype.Component;

/**
 * "A reply to your message is waiting", for the reminders module (the client's "replies"
 * choice, off until they turn it on): a therapist's reply the client has not opened,
 * mentioned once, within a day of its sending; opening the thread closes the fact. The
 * e-mail links to the thread and says nothing of it.
 */
@Component
class ReplyReminders implements ReminderSource {

	/** A reply stays there, but it is mentioned within a day of it only: no nagging. */
	static final Duration MENTIONED_WITHIN = Duration.ofDays(1);

	private final MessageStore store;

	ReplyReminders(MessageStore store) {
		this.store = store;
	}

	@Override
	public ReminderType type() {
		return ReminderType.REPLY;
	}

	@Override
	public List<DueReminder> due(Instant from, Instant to) {
		return this.store.unreadReplies(from, to)
			.stream()
			.map((r) -> new DueReminder(r.clientId(), ReminderType.REPLY, "reply:" + r.entryId(), r.sentAt(),
					r.sentAt().plus(MENTIONED_WITHIN), "/messages/" + r.threadId()))
			.toList();
	}

	/** Only clients get replies to their messages. */
	@Override
	public boolean offeredTo(CurrentUser person) {
		return person.isClient();
	}

}
