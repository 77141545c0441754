package org.between.notify;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's retry rule: 1, 2, 4 … minutes, never more than six hours. */
class OutboxMailTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void eachFailureDoublesTheWaitUpToSixHours() {
		OutboxMail mail = OutboxMail.create("a@example.org", "Subject", "Body", NOW);
		long[] expectedMinutes = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360 };
		for (int i = 0; i < expectedMinutes.length; i++) {
			mail = mail.failed("MailSendException: refused", NOW);
			assertThat(mail.attempts()).isEqualTo(i + 1);
			assertThat(Duration.between(NOW, mail.nextAttemptAt())).isEqualTo(Duration.ofMinutes(expectedMinutes[i]));
			assertThat(mail.sentAt()).isNull();
			assertThat(mail.body()).isEqualTo("Body");
		}
	}

	@Test
	void theWaitStaysAtSixHoursAfterManyFailures() {
		OutboxMail mail = OutboxMail.create("a@example.org", "Subject", "Body", NOW);
		for (int i = 0; i < 70; i++) {
			mail = mail.failed("refused", NOW);
		}
		assertThat(Duration.between(NOW, mail.nextAttemptAt())).isEqualTo(OutboxMail.LONGEST_WAIT);
	}

	@Test
	void theErrorIsKeptShort() {
		OutboxMail mail = OutboxMail.create("a@example.org", "Subject", "Body", NOW);
		assertThat(mail.failed("x".repeat(2000), NOW).lastError()).hasSize(500);
		assertThat(mail.failed(null, NOW).lastError()).isEqualTo("unknown");
	}

	@Test
	void aSentMailKeepsNoBody() {
		OutboxMail sent = OutboxMail.create("a@example.org", "Subject", "A single-use link", NOW)
			.sent(NOW.plusSeconds(5));
		assertThat(sent.body()).isEmpty();
		assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.lastError()).isNull();
	}

}
