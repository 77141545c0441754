package org.between.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.notify.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes and queues one reminder: a neutral subject, one line saying what kind of thing
 * is waiting (and when, for an appointment or a date), the link to it, and the link that
 * stops this type without signing in — the same address as the mail's
 * {@code List-Unsubscribe} header. No names, no content, nothing clinical (the texts are
 * {@code reminders.mail.*}, held to that by {@code MailWordingTests} and
 * {@code MailToneTests}).
 */
@Component
class ReminderMail {

	static final String UNSUBSCRIBE_PATH = "/notifications/unsubscribe/";

	private final Accounts accounts;

	private final Mail mail;

	private final MessageSource messages;

	private final PublicLinks links;

	ReminderMail(Accounts accounts, Mail mail, MessageSource messages, PublicLinks links) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.links = links;
	}

	/** Queues the reminder to the person, with {@code token} in its unsubscribe link. */
	void queue(DueReminder due, CurrentUser person, String token, Instant now) {
		String stop = this.links.to(UNSUBSCRIBE_PATH + token);
		String body = String.join("\n\n", text(person, "reminders.mail.greeting"), line(due, person, now),
				text(person, "reminders.mail.link", this.links.to(due.path())), text(person, "reminders.mail.why"),
				text(person, "reminders.mail.stop", stop), text(person, "reminders.mail.signature"));
		this.mail.queue(this.accounts.me(person).email(),
				text(person, "reminders.mail." + due.type().key() + ".subject"), body, stop);
	}

	/**
	 * What is waiting: {@code reminders.mail.<type>.line}, for an appointment
	 * {@code .today}, {@code .tomorrow} or {@code .later}; {0} is the time and {1} the
	 * date of the fact's moment in the person's zone.
	 */
	private String line(DueReminder due, CurrentUser person, Instant now) {
		ZonedDateTime at = due.at().atZone(person.zone());
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(person.locale()).format(at);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(person.locale()).format(at);
		String key = "reminders.mail." + due.type().key() + ".line";
		if (due.type() == ReminderType.SESSION) {
			key += "." + day(at.toLocalDate(), now.atZone(person.zone()).toLocalDate());
		}
		return text(person, key, time, date);
	}

	private static String day(LocalDate day, LocalDate today) {
		if (day.equals(today)) {
			return "today";
		}
		return day.equals(today.plusDays(1)) ? "tomorrow" : "later";
	}

	private String text(CurrentUser person, String key, Object... args) {
		return this.messages.getMessage(key, args, person.locale());
	}

}
