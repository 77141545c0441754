package org.between.notify;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds. ShedLock keeps it to one instance at a time, so a mail
 * is sent once even with several instances; a failure leaves the mail queued for a later
 * try.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final JavaMailSender sender;

	private final NotifySettings settings;

	private final Clock clock;

	OutboxSender(OutboxRepository outbox, JavaMailSender sender, NotifySettings settings, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	// The first run waits one interval too, so that a long interval means "not by
	// itself" (tests).
	@Scheduled(fixedDelayString = "${between.notify.send-interval:PT10S}",
			initialDelayString = "${between.notify.send-interval:PT10S}")
	@SchedulerLock(name = "notify-outbox", lockAtMostFor = "PT5M")
	void sendDue() {
		for (OutboxMail mail : this.outbox.findDue(this.clock.instant())) {
			send(mail);
		}
	}

	private void send(OutboxMail mail) {
		try {
			this.sender.send(message(mail));
			this.outbox.save(mail.sent(this.clock.instant()));
		}
		catch (MailException | MessagingException ex) {
			// The address and the body stay out of the log: they may identify a client.
			log.warn("Mail {} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1,
					ex.getClass().getSimpleName());
			this.outbox.save(mail.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant()));
		}
	}

	/** Plain text in UTF-8; a mail people asked for gets the RFC 8058 headers. */
	private MimeMessage message(OutboxMail mail) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (mail.listUnsubscribe() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

}
