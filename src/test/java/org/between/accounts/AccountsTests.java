package org.between.accounts;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.between.accounts.Accounts.AccountView;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.Accounts.TherapistRef;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.SignIn.IssuedToken;
import org.between.accounts.SignIn.TokenRequest;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.between.shared.UnauthorizedException;
import org.between.support.Databases;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Sign-up, links, tokens and password resets against a real database; run on H2 and on
 * PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class AccountsTests {

	static final String PASSWORD = "a long and unusual passphrase 42";

	static final String NEW_PASSWORD = "another quite unusual passphrase 77";

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	SignIn signIn;

	@Autowired
	SecuritySettings settings;

	@Autowired
	PublicLinks publicLinks;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void startOnAWholeSecond() {
		this.clock.set(this.clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void signUpStoresTheEmailLowerCasedAndAnArgon2idHash() {
		String typed = "  Person-" + UUID.randomUUID() + "@Example.ORG ";
		AccountView account = this.accounts.signUp(newAccount(typed, Role.CLIENT));

		String expected = typed.strip().toLowerCase(Locale.ROOT);
		assertThat(account.email()).isEqualTo(expected);
		var row = this.jdbc.queryForMap("select email, password_hash from accounts_user where id = ?", account.id());
		assertThat(row.get("email")).isEqualTo(expected);
		String hash = (String) row.get("password_hash");
		assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
		Matcher parameters = Pattern.compile("\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$").matcher(hash);
		assertThat(parameters.find()).as("Argon2 parameters in %s", hash).isTrue();
		// The tests hash cheaply (src/test/resources/config/application.yaml); the
		// production strength, 19 MiB and 2 passes, is pinned by
		// PasswordHashingDefaultsTests.
		assertThat(Integer.parseInt(parameters.group(1))).isEqualTo(this.settings.passwordHashing().memoryKib());
		assertThat(Integer.parseInt(parameters.group(2))).isEqualTo(this.settings.passwordHashing().iterations());
	}

	@Test
	void aSecondSignUpWithTheSameEmailInOtherCaseIsAConflict() {
		String email = "person-" + UUID.randomUUID() + "@example.org";
		this.accounts.signUp(newAccount(email, Role.CLIENT));

		assertThatThrownBy(() -> this.accounts.signUp(newAccount(email.toUpperCase(Locale.ROOT), Role.THERAPIST)))
			.isInstanceOf(ConflictException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_user where email = ?", Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void acceptingAnInvitationLinksTheClientWithTheTherapist() {
		CurrentUser therapist = therapist();
		CurrentUser client = client();
		String code = this.links.invite(therapist, new InvitationRequest(null)).code();

		TherapistRef linked = this.links.accept(client, code.toLowerCase(Locale.ROOT), address());

		assertThat(linked.id()).isEqualTo(therapist.id());
		assertThat(this.links.therapistOf(client)).contains(linked);
		assertThat(this.accounts.me(client).therapist()).isEqualTo(linked);
		assertThat(this.links.requireLinkedClient(therapist, client.id()).id()).isEqualTo(client.id());
		assertThat(this.links.clients(therapist)).extracting(LinkedClient::id).containsExactly(client.id());
	}

	@Test
	void anInvitationCodeWorksOnlyOnce() {
		CurrentUser therapist = therapist();
		String code = this.links.invite(therapist, new InvitationRequest(null)).code();
		this.links.accept(client(), code, address());

		CurrentUser other = client();
		assertThatThrownBy(() -> this.links.accept(other, code, address())).isInstanceOf(NotFoundException.class);
		assertThat(this.links.therapistOf(other)).isEmpty();
	}

	@Test
	void aClientLinkedWithOneTherapistCannotAcceptAnother() {
		CurrentUser first = therapist();
		CurrentUser second = therapist();
		CurrentUser client = client();
		this.links.accept(client, this.links.invite(first, new InvitationRequest(null)).code(), address());
		String secondCode = this.links.invite(second, new InvitationRequest(null)).code();

		assertThatThrownBy(() -> this.links.accept(client, secondCode, address()))
			.isInstanceOf(ConflictException.class);
		assertThat(this.links.therapistOf(client)).map(TherapistRef::id).contains(first.id());
		assertThatThrownBy(() -> this.links.requireLinkedClient(second, client.id()))
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * Both acceptances pass the "already linked?" check before either commits; the unique
	 * index accounts_link_active_client refuses the second.
	 */
	@Test
	void twoAcceptancesRacingForOneClientLeaveOneActiveLink() throws Exception {
		CurrentUser first = therapist();
		CurrentUser second = therapist();
		CurrentUser client = client();
		String firstCode = this.links.invite(first, new InvitationRequest(null)).code();
		String secondCode = this.links.invite(second, new InvitationRequest(null)).code();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstLinked = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<TherapistRef> firstAccept = threads.submit(() -> transaction.execute((status) -> {
				TherapistRef ref = this.links.accept(client, firstCode, address());
				firstLinked.countDown();
				awaitQuietly(commitFirst);
				return ref;
			}));
			assertThat(firstLinked.await(30, TimeUnit.SECONDS)).isTrue();
			Future<TherapistRef> secondAccept = threads.submit(() -> this.links.accept(client, secondCode, address()));
			// The second acceptance now waits on the index entry of the uncommitted first
			// link (PostgreSQL), or has already failed on it.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> secondAccept.isDone() || Databases.executing(this.jdbc, "insert into accounts_link") > 0);
			commitFirst.countDown();

			assertThat(firstAccept.get(30, TimeUnit.SECONDS).id()).isEqualTo(first.id());
			assertThatThrownBy(() -> secondAccept.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOf(ConflictException.class);
		}
		finally {
			commitFirst.countDown();
			threads.shutdownNow();
		}
		assertThat(this.links.therapistOf(client)).map(TherapistRef::id).contains(first.id());
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_link where client_id = ?", Integer.class,
				client.id()))
			.isEqualTo(1);
	}

	@Test
	void anUnlinkedTherapistFindsNoClient() {
		CurrentUser therapist = therapist();
		CurrentUser client = client();

		assertThatThrownBy(() -> this.links.requireLinkedClient(therapist, client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.links.requireLinkedClient(therapist, UUID.randomUUID()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anIssuedTokenAuthenticatesUntilItIsRevoked() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));

		IssuedToken token = this.signIn.issueToken(new TokenRequest(account.email(), PASSWORD, null), address());

		assertThat(token.expiresAt()).isEqualTo(this.clock.instant().plus(this.settings.tokenLifetime()));
		assertThat(this.signIn.authenticateToken(token.token())).map(CurrentUser::id).contains(account.id());
		assertThat(this.jdbc.queryForObject("select token_hash from accounts_api_token where user_id = ?", String.class,
				account.id()))
			.isEqualTo(Secrets.sha256(token.token()))
			.isNotEqualTo(token.token());

		this.signIn.revokeToken(token.token());
		assertThat(this.signIn.authenticateToken(token.token())).isEmpty();
		this.signIn.revokeToken(token.token());
		assertThat(this.signIn.authenticateToken(Secrets.token())).isEmpty();
		assertThatThrownBy(() -> this.signIn.revokeToken(Secrets.token())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aTokenExpiresAfterItsLifetime() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));
		IssuedToken token = this.signIn.issueToken(new TokenRequest(account.email(), PASSWORD, null), address());

		this.clock.advance(this.settings.tokenLifetime().minusSeconds(1));
		assertThat(this.signIn.authenticateToken(token.token())).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.signIn.authenticateToken(token.token())).isEmpty();
	}

	@Test
	void aTokenNeedsTheRightPassword() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));

		assertThatThrownBy(
				() -> this.signIn.issueToken(new TokenRequest(account.email(), NEW_PASSWORD, null), address()))
			.isInstanceOf(UnauthorizedException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_api_token where user_id = ?", Integer.class,
				account.id()))
			.isZero();
	}

	@Test
	void aPasswordResetLinkWorksOnceAndRevokesTokens() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));
		IssuedToken before = this.signIn.issueToken(new TokenRequest(account.email(), PASSWORD, null), address());
		this.signIn.requestPasswordReset(account.email().toUpperCase(Locale.ROOT));
		String token = resetToken(account.email());

		assertThat(this.signIn.isResetUsable(token)).isTrue();
		this.signIn.resetPassword(token, NEW_PASSWORD);

		assertThat(this.signIn.isResetUsable(token)).isFalse();
		assertThatThrownBy(() -> this.signIn.resetPassword(token, PASSWORD)).isInstanceOf(NotFoundException.class);
		assertThat(this.signIn.checkPassword(account.email(), NEW_PASSWORD, address()).userId())
			.isEqualTo(account.id());
		assertThatThrownBy(() -> this.signIn.checkPassword(account.email(), PASSWORD, address()))
			.isInstanceOf(UnauthorizedException.class);
		assertThat(this.signIn.authenticateToken(before.token())).isEmpty();
	}

	@Test
	void aPasswordResetLinkExpiresAfterOneHour() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));
		this.signIn.requestPasswordReset(account.email());
		String token = resetToken(account.email());

		this.clock.advance(Duration.ofHours(1).minusSeconds(1));
		assertThat(this.signIn.isResetUsable(token)).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.signIn.isResetUsable(token)).isFalse();
		assertThatThrownBy(() -> this.signIn.resetPassword(token, NEW_PASSWORD)).isInstanceOf(NotFoundException.class);
		assertThat(this.signIn.checkPassword(account.email(), PASSWORD, address()).userId()).isEqualTo(account.id());
	}

	@Test
	void thePasswordResetMailHoldsOnlyTheGreetingTheLinkAndFixedText() {
		AccountView account = this.accounts.signUp(newAccount(email(), Role.CLIENT));
		this.signIn.requestPasswordReset(account.email());

		var mail = this.jdbc.queryForMap("select subject, body from notify_outbox where recipient = ?",
				account.email());
		String body = (String) mail.get("body");
		String link = this.publicLinks.to("/password-reset/" + resetToken(account.email()));
		assertThat(mail.get("subject")).isEqualTo(this.messages.getMessage("mail.reset.subject", null, Locale.ENGLISH));
		assertThat(body).isEqualTo(this.messages.getMessage("mail.reset.body",
				new Object[] { account.displayName(), link }, Locale.ENGLISH));
		assertThat(body).doesNotContain(account.email()).doesNotContain(account.id().toString());
	}

	@Test
	void aResetForAnUnknownEmailSendsNothing() {
		String unknown = email();
		this.signIn.requestPasswordReset(unknown);

		assertThat(this.jdbc.queryForObject("select count(*) from notify_outbox where recipient = ?", Integer.class,
				unknown))
			.isZero();
	}

	/** The token of the one reset mail queued for this address, taken from its link. */
	private String resetToken(String email) {
		String body = this.jdbc.queryForObject("select body from notify_outbox where recipient = ?", String.class,
				email);
		Matcher link = Pattern
			.compile(Pattern.quote(this.settings.publicUrl() + "/password-reset/") + "([A-Za-z0-9_-]+)")
			.matcher(body);
		assertThat(link.find()).as("reset link in %s", body).isTrue();
		return link.group(1);
	}

	CurrentUser client() {
		return this.accounts.refresh(this.accounts.signUp(newAccount(email(), Role.CLIENT)).id());
	}

	/** A therapist who has confirmed two-factor sign-in, as the practice requires. */
	CurrentUser therapist() {
		CurrentUser therapist = this.accounts.refresh(this.accounts.signUp(newAccount(email(), Role.THERAPIST)).id());
		var enrolment = this.accounts.startTotp(therapist);
		return this.accounts.confirmTotp(therapist, Totp.codeAt(enrolment.secret(), this.clock.instant()));
	}

	static NewAccount newAccount(String email, Role role) {
		return new NewAccount(email, PASSWORD, "Alex Example", role, "Europe/Vilnius", "en");
	}

	static String email() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	static String address() {
		return "test-" + UUID.randomUUID();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
