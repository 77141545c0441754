package org.between.sessions.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.sessions.CancellationRuling;
import org.between.sessions.Punctuality;
import org.between.sessions.SessionMarks;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.StandingAppointment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sessions pages in words, computed on the server: times in the reader's own zone, a
 * calm countdown ("tomorrow at 12:00"), statuses, cancellation rulings with the policy
 * version that decided them, standing appointments and punctuality. Neutral throughout:
 * punctuality is about the therapist's reliability as much as the client's.
 */
@Component
class SessionWords {

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<SessionMarks> marks;

	SessionWords(MessageSource messages, Clock clock, ObjectProvider<SessionMarks> marks) {
		this.messages = messages;
		this.clock = clock;
		this.marks = marks;
	}

	/** What another module says of the session ({@link SessionMarks}), or null. */
	String mark(SessionView session, CurrentUser reader) {
		return this.marks.orderedStream().flatMap((m) -> m.markFor(reader, session).stream()).findFirst().orElse(null);
	}

	/** "Thursday 4 March, 12:00" (with the year when it is not this year). */
	String when(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		return msg("sessionsPage.when.at", day(local.toLocalDate(), zone), time(at, zone));
	}

	/** "Thursday 4 March" (with the year when it is not this year). */
	String day(LocalDate day, ZoneId zone) {
		boolean thisYear = day.getYear() == LocalDate.now(this.clock.withZone(zone)).getYear();
		return DateTimeFormatter.ofPattern(thisYear ? "EEEE d MMMM" : "EEEE d MMMM yyyy", locale()).format(day);
	}

	String time(Instant at, ZoneId zone) {
		return DateTimeFormatter.ofPattern("HH:mm", locale()).format(at.atZone(zone));
	}

	/**
	 * The calm countdown: "today at 12:00", "tomorrow at 12:00", "Thursday 4 March, 12:00
	 * — in 3 days", "… — in 5 weeks". Counted in calendar days of the reader's zone.
	 */
	String countdown(SessionView session, ZoneId zone) {
		Instant now = this.clock.instant();
		if (isNow(session, now)) {
			return msg("sessionsPage.when.now", time(session.startsAt(), zone));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate day = session.startsAt().atZone(zone).toLocalDate();
		long days = ChronoUnit.DAYS.between(today, day);
		String time = time(session.startsAt(), zone);
		if (days <= 0) {
			return msg("sessionsPage.when.today", time);
		}
		if (days == 1) {
			return msg("sessionsPage.when.tomorrow", time);
		}
		String when = when(session.startsAt(), zone);
		if (days < 14) {
			return msg("sessionsPage.when.inDays", when, days);
		}
		return msg("sessionsPage.when.inWeeks", when, days / 7);
	}

	/**
	 * "Now" only while the session is on: begun, not past its planned end, and not ended
	 * by a tap, cancelled or missed (after "Session ended" the page no longer says
	 * "Now").
	 */
	static boolean isNow(SessionView session, Instant now) {
		boolean on = session.status() == org.between.sessions.SessionStatus.SCHEDULED
				|| (session.status() == org.between.sessions.SessionStatus.HELD && session.endedAt() == null);
		return on && !session.startsAt().isAfter(now) && session.endsAt().isAfter(now);
	}

	/** The heading of a week on the therapist's list: "Week of 7 to 13 December 2026". */
	String weekHeading(LocalDate monday, LocalDate sunday, ZoneId zone) {
		return msg("sessionsPage.week.heading", DateTimeFormatter.ofPattern("d MMMM", locale()).format(monday),
				DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(sunday));
	}

	/** The day heading of the therapist's list: "Today, Thursday 4 March". */
	String dayHeading(LocalDate day, ZoneId zone) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		if (day.equals(today)) {
			return msg("sessionsPage.day.today", day(day, zone));
		}
		if (day.equals(today.plusDays(1))) {
			return msg("sessionsPage.day.tomorrow", day(day, zone));
		}
		return day(day, zone);
	}

	String minutes(int minutes) {
		return msg("sessionsPage.minutes", minutes);
	}

	String kind(SessionView session) {
		return msg("sessionsPage.kind." + session.kind().name());
	}

	/** The status as the reader sees it: "Cancelled by you", "Held", … */
	String status(SessionView session, CurrentUser reader) {
		boolean client = reader.id().equals(session.clientId());
		return switch (session.status()) {
			case SCHEDULED -> session.startsAt().isAfter(this.clock.instant()) ? msg("sessionsPage.status.planned")
					: msg("sessionsPage.status.notRecorded");
			case HELD -> msg("sessionsPage.status.held");
			case CANCELLED_BY_CLIENT ->
				msg(client ? "sessionsPage.status.cancelledByYou" : "sessionsPage.status.cancelledByClient");
			case CANCELLED_BY_THERAPIST ->
				msg(client ? "sessionsPage.status.cancelledByTherapist" : "sessionsPage.status.cancelledByYou");
			case NO_SHOW -> msg(client ? "sessionsPage.status.noShowClient" : "sessionsPage.status.noShowTherapist");
		};
	}

	/** "Started 12:07, ended 12:50" when the therapist recorded the times. */
	String recorded(SessionView session, ZoneId zone) {
		if (session.startedAt() == null) {
			return null;
		}
		if (session.endedAt() == null) {
			return msg("sessionsPage.recorded.started", time(session.startedAt(), zone));
		}
		return msg("sessionsPage.recorded.both", time(session.startedAt(), zone), time(session.endedAt(), zone));
	}

	/**
	 * The stored ruling in one or two sentences, ending with the policy version that
	 * decided it; null when the session was not cancelled or missed.
	 */
	List<String> ruling(SessionView session, CurrentUser reader) {
		CancellationRuling r = session.cancellation();
		if (r == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		boolean client = reader.id().equals(session.clientId());
		if (r.status() == SessionStatus.NO_SHOW) {
			lines.add(hasFee(r) ? msg("sessionsPage.ruling.noShow.fee", money(r)) : msg("sessionsPage.ruling.noShow"));
		}
		else {
			lines.addAll(cancelled(r, before(r.cancelledAt(), session.startsAt()), client));
		}
		if (r.policyVersion() != null) {
			lines.add(decidedBy(r));
		}
		if (r.reason() != null) {
			lines.add(msg("sessionsPage.ruling.reason", r.reason()));
		}
		return lines;
	}

	/** A cancellation's fee (or none) and, for a client's, the slot and the make-up. */
	private List<String> cancelled(CancellationRuling r, String before, boolean client) {
		List<String> lines = new ArrayList<>();
		if (r.status() == SessionStatus.CANCELLED_BY_THERAPIST) {
			lines.add(msg(client ? "sessionsPage.ruling.byTherapist" : "sessionsPage.ruling.byTherapistOwn", before));
		}
		else if (r.policyVersion() == null) {
			lines.add(msg("sessionsPage.ruling.noPolicy", before));
		}
		else if (r.late()) {
			lines.add(hasFee(r) ? msg("sessionsPage.ruling.late.fee", before, r.noticeHours(), money(r))
					: msg("sessionsPage.ruling.late.noFee", before, r.noticeHours()));
		}
		else {
			lines.add(msg("sessionsPage.ruling.inTime", before, r.noticeHours()));
		}
		if (r.status() == SessionStatus.CANCELLED_BY_CLIENT && r.policyVersion() != null) {
			String slot = r.slotHeld() ? "sessionsPage.ruling.slotHeld" : "sessionsPage.ruling.slotReleased";
			lines.add(msg(client ? slot + ".you" : slot));
			if (r.makeUpOffered()) {
				lines.add(msg("sessionsPage.ruling.makeUp"));
			}
		}
		return lines;
	}

	/** What cancelling now would mean, for the confirmation page. */
	List<String> preview(SessionView session, CancellationRuling r, CurrentUser reader) {
		List<String> lines = new ArrayList<>();
		if (r.status() == SessionStatus.CANCELLED_BY_THERAPIST) {
			lines.add(msg("sessionsPage.preview.byTherapist"));
			return lines;
		}
		if (r.policyVersion() == null) {
			lines.add(msg("sessionsPage.preview.noPolicy"));
			return lines;
		}
		if (r.late()) {
			lines.add(hasFee(r) ? msg("sessionsPage.preview.late.fee", r.noticeHours(), money(r))
					: msg("sessionsPage.preview.late.noFee", r.noticeHours()));
		}
		else {
			lines.add(msg("sessionsPage.preview.inTime", r.noticeHours()));
		}
		lines.add(msg(r.slotHeld() ? "sessionsPage.preview.slotHeld" : "sessionsPage.preview.slotReleased"));
		lines.add(msg(r.makeUpOffered() ? "sessionsPage.preview.makeUp" : "sessionsPage.preview.noMakeUp"));
		lines.add(msg("sessionsPage.preview.decidedBy", r.policyVersion(), r.noticeHours()));
		return lines;
	}

	/** "Every Thursday at 12:00 your time, 50 minutes" — in the reader's zone. */
	String standing(StandingAppointment a, CurrentUser reader) {
		ZoneId zone = reader.zone();
		LocalDate today = LocalDate.now(this.clock.withZone(a.timeZone()));
		List<ZonedDateTime> next = a.occurrences(today.minusDays(1), today.plusWeeks(3));
		ZonedDateTime first = next.isEmpty() ? ZonedDateTime.of(a.firstDay(), a.startTime(), a.timeZone())
				: next.get(0);
		ZonedDateTime local = first.withZoneSameInstant(zone);
		String weekday = local.getDayOfWeek().getDisplayName(TextStyle.FULL, locale());
		String time = DateTimeFormatter.ofPattern("HH:mm", locale()).format(local);
		boolean client = reader.id().equals(a.clientId());
		String key = "sessionsPage.standing." + ((a.everyWeeks() == 2) ? "fortnightly" : "weekly")
				+ (client ? ".yourTime" : "");
		String text = msg(key, weekday, time, a.durationMinutes());
		if (a.endDate() != null) {
			text = msg(ended(a) ? "sessionsPage.standing.ended" : "sessionsPage.standing.until", text,
					day(a.endDate(), zone));
		}
		else if (a.startDate().isAfter(today)) {
			text = msg("sessionsPage.standing.from", text, day(a.firstDay(), zone));
		}
		return text;
	}

	/** No more sessions come from it (the last day has passed, or it was ended today). */
	boolean ended(StandingAppointment a) {
		return a.endDate() != null && !a.endDate().isAfter(LocalDate.now(this.clock.withZone(a.timeZone())));
	}

	/**
	 * "Of 14 sessions with start and end recorded, 1 started more than 5 minutes late and
	 * none were cut short; 6 minutes lost in all."
	 */
	String punctuality(Punctuality p) {
		if (p.recorded() == 0) {
			return msg((p.held() == 0) ? "sessionsPage.punctuality.none" : "sessionsPage.punctuality.notRecorded");
		}
		return msg("sessionsPage.punctuality.text", p.recorded(), p.startedLate(), p.cutShort(), p.minutesLost());
	}

	/**
	 * "Your therapist is running about 10 minutes late. You will still have the full 50
	 * minutes." (or "The session will end at the usual time, 12:50."); null when nothing
	 * was said. The therapist reads the same in their own words.
	 */
	String runningLate(SessionView s, CurrentUser reader) {
		if (s.runningLate() == null) {
			return null;
		}
		boolean therapist = reader.id().equals(s.therapistId());
		String first = msg(therapist ? "sessions.runningLate.said" : "sessions.runningLate.client",
				s.runningLate().minutes());
		String second = s.runningLate().fullLength() ? msg("sessions.runningLate.full", s.durationMinutes())
				: msg("sessions.runningLate.usualEnd", time(s.endsAt(), reader.zone()));
		return first + " " + second;
	}

	/**
	 * "Of 14 sessions with start and end recorded, 2 started late after a word ahead and
	 * 1 without one; 1 ended early." Empty when there was nothing of the kind.
	 */
	String lateStarts(Punctuality p) {
		if (p.recorded() == 0 || (p.startedLate() == 0 && p.endedEarly() == 0)) {
			return "";
		}
		return msg("sessionsPage.punctuality.said", p.startedLateAnnounced(), p.startedLateUnannounced(),
				p.endedEarly());
	}

	/**
	 * "From Thursday's session" within a week of it, "From the session on 4 March" after.
	 */
	String bridgeFrom(Instant sessionStart, ZoneId zone) {
		LocalDate day = sessionStart.atZone(zone).toLocalDate();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		if (day.equals(today)) {
			return msg("sessions.bridge.from.today");
		}
		if (day.isAfter(today.minusDays(7))) {
			return msg("sessions.bridge.from.weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale()));
		}
		return msg("sessions.bridge.from.date", day(day, zone));
	}

	/**
	 * "When you feel anxious, Paced breathing has helped you most: tried 4 times, your
	 * distress about 3 points lower on average."
	 */
	String helped(org.between.toolbox.RankedSkill skill, org.between.toolbox.Situation situation) {
		long mean = Math.round((skill.meanReduction() != null) ? skill.meanReduction() : 0);
		return msg("sessions.after.helped", msg(situation.messageKey()), skill.name(), skill.practices(), mean);
	}

	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale());
	}

	/**
	 * "Decided by version 3 of your therapist's policy (in force from 1 November 2026)":
	 * the version's first day as the ruling stored it (no policy lookup).
	 */
	private String decidedBy(CancellationRuling r) {
		return (r.policyEffectiveFrom() != null)
				? msg("sessionsPage.ruling.decidedByOf", r.policyVersion(),
						DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(r.policyEffectiveFrom()))
				: msg("sessionsPage.ruling.decidedBy", r.policyVersion());
	}

	private String before(Instant cancelledAt, Instant startsAt) {
		long hours = Duration.between(cancelledAt, startsAt).toHours();
		if (hours < 1) {
			return msg("sessionsPage.before.lessThanHour");
		}
		if (hours >= 72) {
			return msg("sessionsPage.before.days", hours / 24);
		}
		return msg("sessionsPage.before.hours", hours);
	}

	private static boolean hasFee(CancellationRuling r) {
		return r.fee() != null && r.fee().signum() > 0 && r.currency() != null;
	}

	private static String money(CancellationRuling r) {
		BigDecimal fee = r.fee().setScale(2, RoundingMode.HALF_UP);
		return fee.toPlainString() + " " + r.currency();
	}

	/** Client names by id for the therapist's lists. */
	static String name(Map<UUID, String> names, UUID clientId, SessionWords words) {
		String name = names.get(clientId);
		return (name != null) ? name : words.msg("sessionsPage.formerClient");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
