package org.between.messages;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the therapist by e-mail that a message is waiting, with a link to its thread and
 * nothing else: no name, category or text (the outbox is plain e-mail). The client hears
 * of a reply only through the "replies" reminder they may turn on.
 */
@Component
class MessageMail {

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource texts;

	private final PublicLinks links;

	MessageMail(Accounts accounts, Mail mail, MessageSource texts, PublicLinks links) {
		this.accounts = accounts;
		this.mail = mail;
		this.texts = texts;
		this.links = links;
	}

	void newMessage(UUID therapistId, UUID threadId) {
		CurrentUser therapist = this.accounts.refresh(therapistId);
		this.mail.queue(this.accounts.me(therapist).email(),
				this.texts.getMessage("messages.mail.subject", null, therapist.locale()),
				this.texts.getMessage("messages.mail.body", new Object[] { this.links.to("/messages/" + threadId) },
						therapist.locale()));
	}

}
