package org.between.sessions.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.sessions.CancellationRuling;
import org.between.sessions.Punctuality;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.StandingAppointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions pages' words with the real messages: the calm countdown, the fee wording
 * of a late cancellation under a policy (the policy work lives on another branch, so the
 * policy is a stand-in here), punctuality, and a standing appointment in the client's own
 * zone.
 */
class SessionWordsTests {

	static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

	static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	final UUID clientId = UUID.randomUUID();

	final UUID therapistId = UUID.randomUUID();

	SessionWords words;

	@BeforeEach
	void words() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.words = new SessionWords(messages, Clock.fixed(NOW, ZoneOffset.UTC),
				new org.springframework.beans.factory.support.StaticListableBeanFactory()
					.getBeanProvider(org.between.sessions.SessionMarks.class));
		LocaleContextHolder.setLocale(Locale.UK);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	CurrentUser client(ZoneId zone) {
		return new CurrentUser(this.clientId, Role.CLIENT, "Robin", zone, Locale.UK, false);
	}

	SessionView session(Instant startsAt, CancellationRuling ruling) {
		SessionStatus status = (ruling != null) ? ruling.status() : SessionStatus.SCHEDULED;
		return new SessionView(UUID.randomUUID(), this.clientId, this.therapistId, startsAt,
				startsAt.plusSeconds(50 * 60), status, SessionKind.REGULAR, null, null, null, null, ruling);
	}

	@Test
	void theCountdownIsInCalendarDaysOfTheReadersZone() {
		assertThat(this.words.countdown(session(Instant.parse("2027-03-01T11:00:00Z"), null), VIENNA))
			.isEqualTo("Today at 12:00");
		assertThat(this.words.countdown(session(Instant.parse("2027-03-02T07:00:00Z"), null), VIENNA))
			.isEqualTo("Tomorrow at 08:00");
		assertThat(this.words.countdown(session(Instant.parse("2027-03-04T11:00:00Z"), null), VIENNA))
			.isEqualTo("Thursday 4 March, 12:00 \u2014 in 3 days");
		assertThat(this.words.countdown(session(Instant.parse("2027-04-01T10:00:00Z"), null), VIENNA))
			.isEqualTo("Thursday 1 April, 12:00 \u2014 in 4 weeks");
		assertThat(this.words.countdown(session(Instant.parse("2027-03-01T08:30:00Z"), null), VIENNA))
			.isEqualTo("Now, since 09:30");
		// At 09:00 UTC on 1 March it is still 28 February in Honolulu, so a session at
		// 10:00 there on 1 March is tomorrow.
		assertThat(this.words.countdown(session(Instant.parse("2027-03-01T20:00:00Z"), null),
				ZoneId.of("Pacific/Honolulu")))
			.isEqualTo("Tomorrow at 10:00");
	}

	@Test
	void aLateCancellationUnderAPolicyNamesTheFeeTheNoticeAndTheVersion() {
		Instant startsAt = NOW.plusSeconds(30 * 3600);
		CancellationRuling preview = new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, true,
				new BigDecimal("60.00"), "EUR", false, true, 2, 48, NOW, this.clientId, null);
		assertThat(this.words.preview(session(startsAt, null), preview, client(VIENNA))).containsExactly(
				"This is less than 48 hours before the session, so under your therapist\u2019s policy the "
						+ "late-cancellation fee of 60.00 EUR applies.",
				"The time becomes free in your therapist\u2019s calendar.", "You are offered a make-up session.",
				"This follows practice policy version 2, with 48 hours of notice.");

		// The ruling stored the deciding version's first day: no policy lookup.
		CancellationRuling decided = new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, true,
				new BigDecimal("60.00"), "EUR", false, true, 2, LocalDate.of(2026, 12, 1), 48, NOW, this.clientId,
				null);
		assertThat(this.words.ruling(session(startsAt, decided), client(VIENNA))).containsExactly(
				"Cancelled 30 hours before \u2014 within the 48-hour notice: fee 60.00 EUR.",
				"The time was freed in your therapist\u2019s calendar.", "A make-up session is offered.",
				"Decided by practice policy version 2 of 1 December 2026.");
	}

	@Test
	void inTimeAndWithoutAPolicyThereIsNoFee() {
		Instant startsAt = NOW.plusSeconds(100 * 3600);
		CancellationRuling inTime = new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, false,
				new BigDecimal("0.00"), "EUR", true, false, 3, 24, NOW, this.clientId, null);
		assertThat(this.words.preview(session(startsAt, null), inTime, client(VIENNA))).startsWith(
				"This is at least 24 hours before the session, so under your therapist\u2019s policy there is no fee.",
				"The time stays held for you.", "The policy does not include make-up sessions.");
		assertThat(this.words.ruling(session(startsAt, inTime), client(VIENNA)))
			.startsWith("Cancelled 4 days before \u2014 with the 24 hours of notice given: no fee.");
		CancellationRuling none = new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, false,
				new BigDecimal("0.00"), null, false, false, null, null, NOW, this.clientId, "Fever");
		assertThat(this.words.preview(session(startsAt, null), none, client(VIENNA))).containsExactly(
				"Your therapist has not set out a practice policy yet, so there is no fee for cancelling.");
		assertThat(this.words.ruling(session(startsAt, none), client(VIENNA))).containsExactly(
				"Cancelled 4 days before. There was no practice policy yet, so no fee.", "Reason given: Fever");
	}

	@Test
	void punctualityIsCountedNeutrally() {
		assertThat(this.words.punctuality(new Punctuality(14, 14, 1, 0, 6)))
			.isEqualTo("Of 14 sessions with start and end recorded, 1 started more than 5 minutes late and none "
					+ "were cut short; 6 minutes lost in all.");
		assertThat(this.words.punctuality(new Punctuality(3, 2, 0, 2, 1)))
			.isEqualTo("Of 2 sessions with start and end recorded, none started more than 5 minutes late and 2 "
					+ "were cut short; 1 minute lost in all.");
		assertThat(this.words.punctuality(new Punctuality(0, 0, 0, 0, 0))).isEqualTo("No sessions have been held yet.");
		assertThat(this.words.punctuality(new Punctuality(2, 0, 0, 0, 0)))
			.isEqualTo("No start and end times have been recorded yet.");
	}

	@Test
	void aStandingAppointmentIsShownInTheClientsOwnZone() {
		StandingAppointment berlin = new StandingAppointment(UUID.randomUUID(), this.therapistId, this.clientId,
				DayOfWeek.THURSDAY, LocalTime.of(18, 0), 50, 1, LocalDate.of(2027, 3, 1), null,
				ZoneId.of("Europe/Berlin"), null, LocalDate.of(2027, 5, 24));
		assertThat(this.words.standing(berlin, client(ZoneId.of("America/New_York"))))
			.isEqualTo("Every Thursday at 12:00 your time, 50 minutes");
		CurrentUser therapist = new CurrentUser(this.therapistId, Role.THERAPIST, "Ana", ZoneId.of("Europe/Berlin"),
				Locale.UK, true);
		StandingAppointment fortnightly = new StandingAppointment(UUID.randomUUID(), this.therapistId, this.clientId,
				DayOfWeek.MONDAY, LocalTime.of(9, 0), 45, 2, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 28),
				ZoneId.of("Europe/Berlin"), null, LocalDate.of(2027, 5, 24));
		assertThat(this.words.standing(fortnightly, therapist))
			.isEqualTo("Every other Monday at 09:00, 45 minutes, until Monday 28 June");
	}

}
