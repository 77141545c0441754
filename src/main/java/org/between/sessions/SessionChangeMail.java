package org.between.sessions;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the other person of a session by e-mail that it was cancelled, with a link to the
 * session page. No names, times, reasons or fees: the outbox is plain e-mail, so it only
 * says that something is waiting in Between.
 */
@Component
class SessionChangeMail {

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	SessionChangeMail(Accounts accounts, Mail mail, MessageSource messages, PublicLinks publicLinks) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.publicLinks = publicLinks;
	}

	void cancelled(SessionView session, CurrentUser by) {
		boolean byTherapist = by.id().equals(session.therapistId());
		CurrentUser other = this.accounts.refresh(byTherapist ? session.clientId() : session.therapistId());
		String kind = byTherapist ? "byTherapist" : "byClient";
		String link = this.publicLinks.to("/sessions/" + session.id());
		this.mail.queue(this.accounts.me(other).email(),
				this.messages.getMessage("sessions.mail.cancelled.subject", null, other.locale()),
				this.messages.getMessage("sessions.mail.cancelled." + kind, new Object[] { link }, other.locale()));
	}

}
