package org.between.absences;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells each linked client of the therapist by e-mail, in the client's language, that
 * there is a note for them in Between, with a link to their home page. No dates, names,
 * cover or message, and no word that says therapy ({@code MailWordingTests}): the outbox
 * is plain e-mail, read where others may look, so it only says that something is waiting.
 */
@Component
class AbsenceMail {

	private final ClientLinks links;

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	AbsenceMail(ClientLinks links, Accounts accounts, Mail mail, MessageSource messages, PublicLinks publicLinks) {
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.publicLinks = publicLinks;
	}

	/** Time away was announced. */
	void announced(CurrentUser therapist) {
		tellClients(therapist, "absences.mail.announced");
	}

	/** Time away was withdrawn before it began. */
	void withdrawn(CurrentUser therapist) {
		tellClients(therapist, "absences.mail.withdrawn");
	}

	private void tellClients(CurrentUser therapist, String bodyKey) {
		for (LinkedClient linked : this.links.clients(therapist)) {
			CurrentUser client = this.accounts.refresh(linked.id());
			this.mail.queue(this.accounts.me(client).email(),
					this.messages.getMessage("absences.mail.subject", null, client.locale()),
					this.messages.getMessage(bodyKey, new Object[] { this.publicLinks.to("/") }, client.locale()));
		}
	}

}
