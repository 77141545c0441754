package org.between.endings;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the client by e-mail, in their language, that there is a note for them in Between
 * about the weeks ahead, with a link to it. No dates, no names and no word that says
 * therapy ({@code MailWordingTests}): the outbox is plain e-mail, read where others may
 * look. Queued in the proposal's transaction, sent by the outbox.
 */
@Component
class EndingMail {

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	EndingMail(Accounts accounts, Mail mail, MessageSource messages, PublicLinks publicLinks) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.publicLinks = publicLinks;
	}

	void proposed(UUID clientId) {
		CurrentUser client = this.accounts.refresh(clientId);
		this.mail.queue(this.accounts.me(client).email(),
				this.messages.getMessage("endings.mail.subject", null, client.locale()), this.messages.getMessage(
						"endings.mail.proposed", new Object[] { this.publicLinks.to("/ending") }, client.locale()));
	}

}
