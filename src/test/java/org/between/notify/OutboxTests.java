package org.between.notify;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transactional outbox: a mail exists exactly when its transaction commits, is sent
 * once, and waits with growing pauses while the mail server is away.
 */
@ModuleTest
abstract class OutboxTests {

	/**
	 * A free port rather than 3025: other builds on this machine may hold 3025 at the
	 * same time. The sender is pointed at it before each test.
	 */
	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	Mail mail;

	@Autowired
	org.between.accounts.Accounts accounts;

	@Autowired
	org.between.accounts.SignIn signIn;

	@Autowired
	ClientLinks links;

	@Autowired
	OutboxSender sender;

	@Autowired
	JavaMailSenderImpl javaMail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private int configuredPort;

	@BeforeEach
	void pointTheSenderAtGreenMail() {
		this.configuredPort = this.javaMail.getPort();
		this.javaMail.setPort(greenMail.getSmtp().getPort());
		this.clock.set(this.clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
	}

	@AfterEach
	void restoreThePort() {
		this.javaMail.setPort(this.configuredPort);
	}

	@Test
	void aMailQueuedInARolledBackTransactionLeavesNothing() {
		String recipient = recipient();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		transaction.executeWithoutResult((status) -> {
			this.mail.queue(recipient, "Something is waiting", "Please sign in to see it.");
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> {
			this.mail.queue(recipient, "Something is waiting", "Please sign in to see it.");
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(countFor(recipient)).isZero();
		this.sender.sendDue();
		assertThat(greenMail.getReceivedMessagesForDomain(recipient)).isEmpty();
	}

	@Test
	void sendDueDeliversAMailOnceMarksItSentAndClearsTheBody() throws Exception {
		String recipient = recipient();
		UUID id = this.mail.queue(recipient, "Something is waiting", "Please sign in to see it.");

		this.sender.sendDue();
		this.sender.sendDue();

		MimeMessage[] received = greenMail.getReceivedMessagesForDomain(recipient);
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Something is waiting");
		assertThat(GreenMailUtil.getBody(received[0]).strip()).isEqualTo("Please sign in to see it.");
		assertThat(received[0].getFrom()[0].toString()).contains("no-reply@between.local");
		Map<String, Object> row = row(id);
		assertThat(instant(row.get("sent_at"))).isEqualTo(this.clock.instant());
		assertThat(row.get("body")).isEqualTo("");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
		assertThat(row.get("last_error")).isNull();
	}

	@Test
	void aMailPeopleAskedForCarriesTheOneClickUnsubscribeHeadersWhichGoOnceSent() throws Exception {
		String recipient = recipient();
		String stop = "https://between.example/notifications/unsubscribe/abc_DEF-123";
		UUID id = this.mail.queue(recipient, "Between: a reminder you asked for", "Hello,\n\nTo stop: " + stop, stop);
		assertThat(row(id).get("list_unsubscribe")).isEqualTo(stop);

		this.sender.sendDue();

		MimeMessage received = greenMail.getReceivedMessagesForDomain(recipient)[0];
		assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<" + stop + ">");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(GreenMailUtil.getBody(received)).contains(stop);
		assertThat(row(id).get("list_unsubscribe")).as("the token is not kept once sent").isNull();
		assertThat(row(id).get("body")).isEqualTo("");
	}

	@Test
	void aPasswordResetLinkOrAnInvitationCodeIsNotKeptOnceTheMailIsSent() throws Exception {
		String person = recipient();
		this.accounts.signUp(new NewAccount(person, "a long and unusual passphrase 42", "Someone", Role.CLIENT,
				"Europe/London", "en"));
		this.signIn.requestPasswordReset(person);
		CurrentUser therapist = new ModulePeople(this.accounts, this.links, this.clock).therapist();
		String invited = recipient();
		String code = this.links.invite(therapist, new ClientLinks.InvitationRequest(invited)).code();
		String resetBody = this.jdbc.queryForObject("select body from notify_outbox where recipient = ?", String.class,
				person);
		assertThat(resetBody).contains("/password-reset/");
		assertThat(
				this.jdbc.queryForObject("select body from notify_outbox where recipient = ?", String.class, invited))
			.contains(code);

		this.sender.sendDue();

		assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain(person)[0]))
			.contains("/password-reset/");
		assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain(invited)[0])).contains(code);
		for (String recipient : List.of(person, invited)) {
			Map<String, Object> row = this.jdbc.queryForMap("select * from notify_outbox where recipient = ?",
					recipient);
			assertThat(row.get("sent_at")).isNotNull();
			assertThat(row.values()).as("the row keeps no link or code once sent")
				.noneMatch((v) -> String.valueOf(v).contains("/password-reset/") || String.valueOf(v).contains(code));
		}
	}

	@Test
	void anOrdinaryMailHasNoUnsubscribeHeadersAndAnUnsubscribeAddressMustBeALink() {
		String recipient = recipient();
		this.mail.queue(recipient, "Something is waiting", "Please sign in to see it.");
		this.sender.sendDue();
		assertThat(greenMail.getReceivedMessagesForDomain(recipient)).singleElement().satisfies((received) -> {
			assertThat(received.getHeader("List-Unsubscribe")).isNull();
			assertThat(received.getHeader("List-Unsubscribe-Post")).isNull();
		});
		assertThatThrownBy(() -> this.mail.queue(recipient, "S", "B", "/notifications/unsubscribe/x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.mail.queue(recipient, "S", "B", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void withoutAServerTheMailWaitsLongerEachTimeAndIsSentWhenTheServerIsBack() {
		greenMail.stop();
		String recipient = recipient();
		UUID id = this.mail.queue(recipient, "Something is waiting", "Please sign in to see it.");
		Instant queued = this.clock.instant();

		this.sender.sendDue();
		assertUnsent(id, 1, queued.plus(Duration.ofMinutes(1)));

		this.clock.advance(Duration.ofSeconds(59));
		this.sender.sendDue();
		assertUnsent(id, 1, queued.plus(Duration.ofMinutes(1)));

		this.clock.set(queued.plus(Duration.ofMinutes(1)));
		this.sender.sendDue();
		assertUnsent(id, 2, this.clock.instant().plus(Duration.ofMinutes(2)));

		this.clock.advance(Duration.ofMinutes(2));
		this.sender.sendDue();
		assertUnsent(id, 3, this.clock.instant().plus(Duration.ofMinutes(4)));
		assertThat((String) row(id).get("last_error")).isNotBlank().doesNotContain(recipient);

		greenMail.start();
		this.javaMail.setPort(greenMail.getSmtp().getPort());
		this.sender.sendDue();
		assertThat(greenMail.getReceivedMessagesForDomain(recipient)).isEmpty();
		this.clock.advance(Duration.ofMinutes(4));
		this.sender.sendDue();

		assertThat(greenMail.getReceivedMessagesForDomain(recipient)).hasSize(1);
		Map<String, Object> row = row(id);
		assertThat(instant(row.get("sent_at"))).isEqualTo(this.clock.instant());
		assertThat(row.get("body")).isEqualTo("");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(4);
	}

	private void assertUnsent(UUID id, int attempts, Instant nextAttempt) {
		Map<String, Object> row = row(id);
		assertThat(row.get("sent_at")).isNull();
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(attempts);
		assertThat(instant(row.get("next_attempt_at"))).isEqualTo(nextAttempt);
		assertThat(row.get("body")).isEqualTo("Please sign in to see it.");
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.queryForMap("select * from notify_outbox where id = ?", id);
	}

	private int countFor(String recipient) {
		return this.jdbc.queryForObject("select count(*) from notify_outbox where recipient = ?", Integer.class,
				recipient);
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		throw new IllegalArgumentException("not a timestamp: " + value);
	}

	private static String recipient() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

}
