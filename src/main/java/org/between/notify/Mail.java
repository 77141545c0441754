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

	/**
	 * Queues a mail the recipient asked for and can stop with one click: it is sent with
	 * {@code List-Unsubscribe: <unsubscribeUrl>} and
	 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058), so that mail
	 * programs offer their own "unsubscribe" button, which POSTs to that address. The
	 * address must be https (or http for a local test setup) and answer such a POST
	 * without a sign-in or a CSRF token; the body should carry the same link.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public UUID queue(String recipient, String subject, String body, String unsubscribeUrl) {
		if (unsubscribeUrl == null || !unsubscribeUrl.matches("https?://\\S+")) {
			throw new IllegalArgumentException("an unsubscribe address is an absolute http(s) URL");
		}
		return this.outbox.save(OutboxMail.create(recipient, subject, body, unsubscribeUrl, this.clock.instant())).id();
	}

	/**
	 * Drops every mail to or for this address, sent or not (the person's account is being
	 * erased: docs/retention.md).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void forget(String recipient) {
		this.outbox.deleteByRecipient(recipient);
	}

}
