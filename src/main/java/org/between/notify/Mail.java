package org.between.notify;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail in the outbox, inside the caller's transaction: the mail exists exactly
 * when the change that caused it commits. Callers write no clinical content: an e-mail
 * says that something is waiting and links to it.
 */
@Service
public class Mail {

	private final OutboxRepository outbox;

	private final Clock clock;

	Mail(OutboxRepository outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public UUID queue(String recipient, String subject, String body) {
		return this.outbox.save(OutboxMail.create(recipient, subject, body, this.clock.instant())).id();
	}

}
