package org.between.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.between.safety.RiskAlerts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The risk alerts a client agreed to: when the agreement in force with their current
 * therapist has {@code riskEmailAlerts}, an answer that leads to the safety screen queues
 * one e-mail to the therapist, in the answer's transaction. The e-mail says only that
 * something in Between needs their attention, with a link to the client's agreement page;
 * no name, no reason, nothing the client wrote (the reasons are not even stored). A
 * proposal the client has not accepted alerts nobody.
 * <p>
 * At most one e-mail per client per hour ({@link #CAP}): a hard moment often brings a
 * check-in and a questionnaire, or a check-in corrected and sent again, within minutes;
 * the therapist reads the first e-mail when they next look, and more of them would say
 * nothing new while making the client's honest answers feel watched. The safety screen
 * still says that the therapist was told.
 */
@Component
class AgreedRiskAlerts implements RiskAlerts {

	static final Duration CAP = Duration.ofHours(1);

	private final ContactAgreementStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Mail mail;

	private final AuditLog audit;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	private final Clock clock;

	AgreedRiskAlerts(ContactAgreementStore store, ClientLinks links, Accounts accounts, Mail mail, AuditLog audit,
			MessageSource messages, PublicLinks publicLinks, Clock clock) {
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.audit = audit;
		this.messages = messages;
		this.publicLinks = publicLinks;
		this.clock = clock;
	}

	@Override
	public boolean alert(UUID clientId, List<String> reasons) {
		Optional<ContactAgreement> agreed = agreedAlerts(clientId);
		if (agreed.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		ContactAgreement agreement = agreed.get();
		if (!this.store.alertsSince(clientId, agreement.therapistId(), now.minus(CAP)).isEmpty()) {
			return true;
		}
		this.store.insertAlert(clientId, agreement.therapistId(), agreement.id(), now);
		tellTherapist(agreement);
		this.audit.record(null, ContactAudit.RISK_ALERT_SENT, clientId, ContactAgreements.ITEM_TYPE,
				agreement.id().toString());
		return true;
	}

	@Override
	public boolean alertedRecently(UUID clientId) {
		return !this.store.alertsSince(clientId, this.clock.instant().minus(CAP)).isEmpty();
	}

	/**
	 * The agreement in force with the client's current therapist when it has risk alerts;
	 * its rows locked, so that two answers at once send one e-mail.
	 */
	private Optional<ContactAgreement> agreedAlerts(UUID clientId) {
		CurrentUser client = this.accounts.refresh(clientId);
		return this.links.therapistOf(client)
			.flatMap((therapist) -> this.store.of(clientId, therapist.id(), true)
				.stream()
				.filter((a) -> a.status() == AgreementStatus.ACCEPTED && a.riskEmailAlerts())
				.findFirst());
	}

	private void tellTherapist(ContactAgreement agreement) {
		CurrentUser therapist = this.accounts.refresh(agreement.therapistId());
		Locale locale = therapist.locale();
		String link = this.publicLinks.to("/clients/" + agreement.clientId() + "/agreement#alerts");
		this.mail.queue(this.accounts.me(therapist).email(),
				this.messages.getMessage("contact.mail.alert.subject", null, locale),
				this.messages.getMessage("contact.mail.alert.body", new Object[] { link }, locale));
	}

}
