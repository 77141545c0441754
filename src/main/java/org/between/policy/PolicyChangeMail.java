package org.between.policy;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells each linked client by e-mail that their therapist's policy changes on a date, in
 * the client's language, with a link to {@code /policy}. Nothing else: no names, no
 * terms, no clinical content (the outbox is plain e-mail).
 */
@Component
class PolicyChangeMail {

	private final ClientLinks links;

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	PolicyChangeMail(ClientLinks links, Accounts accounts, Mail mail, MessageSource messages, PublicLinks publicLinks) {
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.publicLinks = publicLinks;
	}

	void tellClients(CurrentUser therapist, PolicyVersion version) {
		for (var linked : this.links.clients(therapist)) {
			CurrentUser client = this.accounts.refresh(linked.id());
			String email = this.accounts.me(client).email();
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(client.locale())
				.format(version.effectiveFrom());
			this.mail.queue(email, this.messages.getMessage("frame.mail.subject", null, client.locale()), this.messages
				.getMessage("frame.mail.body", new Object[] { date, this.publicLinks.to("/policy") }, client.locale()));
		}
	}

}
