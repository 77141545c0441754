package org.between.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An e-mail waiting in the outbox, or already sent. */
@Table("notify_outbox")
record OutboxMail(@Id UUID id, String recipient, String subject, String body, String listUnsubscribe, Instant createdAt,
		int attempts, Instant nextAttemptAt, Instant sentAt, String lastError, @Version Long version) {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_WAIT = Duration.ofHours(6);

	static OutboxMail create(String recipient, String subject, String body, Instant now) {
		return create(recipient, subject, body, null, now);
	}

	/**
	 * A mail with a one-click unsubscribe address ({@code listUnsubscribe}, RFC 8058), or
	 * without one (null).
	 */
	static OutboxMail create(String recipient, String subject, String body, String listUnsubscribe, Instant now) {
		return new OutboxMail(UUID.randomUUID(), recipient, subject, body, listUnsubscribe, now, 0, now, null, null,
				null);
	}

	/**
	 * Sent: the body and the unsubscribe address are cleared, they may hold a secret link
	 * that the outbox does not need any more.
	 */
	OutboxMail sent(Instant now) {
		return new OutboxMail(this.id, this.recipient, this.subject, "", null, this.createdAt, this.attempts + 1,
				this.nextAttemptAt, now, null, this.version);
	}

	/** Not sent: try again later, waiting twice as long each time, at most six hours. */
	OutboxMail failed(String error, Instant now) {
		int attempts = this.attempts + 1;
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		String shortError = (error == null) ? "unknown" : error.substring(0, Math.min(error.length(), 500));
		return new OutboxMail(this.id, this.recipient, this.subject, this.body, this.listUnsubscribe, this.createdAt,
				attempts, now.plus(wait), null, shortError, this.version);
	}

}
