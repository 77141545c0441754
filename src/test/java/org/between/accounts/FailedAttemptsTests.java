package org.between.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.between.accounts.Accounts.AccountView;
import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rate limits of API.md: 10 failures per account in 15 minutes, 100 per address in an
 * hour; only failures count.
 */
@ModuleTest
abstract class FailedAttemptsTests {

	@Autowired
	FailedAttempts failures;

	@Autowired
	Accounts accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void startOnAWholeSecond() {
		this.clock.set(this.clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void tenFailuresForOneAccountWithin15MinutesLockItUntilTheOldestLeavesTheWindow() {
		String account = AccountsTests.email();
		Instant first = this.clock.instant();
		for (int i = 0; i < 9; i++) {
			// Any case and any address: the account is what counts.
			this.failures.recordFailure((i % 2 == 0) ? account.toUpperCase(Locale.ROOT) : account,
					AccountsTests.address());
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThatCode(() -> this.failures.checkAllowed(account, AccountsTests.address())).doesNotThrowAnyException();

		this.failures.recordFailure(account, AccountsTests.address());
		// Ten failures, at first, first + 1 min, ... first + 9 min; now is first + 9 min.
		assertRetryAfter(account, AccountsTests.address(), Duration.ofMinutes(6));

		this.clock.set(first.plus(FailedAttempts.ACCOUNT_WINDOW).minusSeconds(1));
		assertRetryAfter(account, AccountsTests.address(), Duration.ofSeconds(1));

		this.clock.set(first.plus(FailedAttempts.ACCOUNT_WINDOW));
		assertThatCode(() -> this.failures.checkAllowed(account, AccountsTests.address())).doesNotThrowAnyException();
	}

	@Test
	void aHundredFailuresFromOneAddressWithinAnHourLockItForEveryAccount() {
		String address = AccountsTests.address();
		Instant first = this.clock.instant();
		for (int i = 0; i < 99; i++) {
			this.failures.recordFailure(AccountsTests.email(), address);
		}
		this.clock.advance(Duration.ofMinutes(20));
		assertThatCode(() -> this.failures.checkAllowed(AccountsTests.email(), address)).doesNotThrowAnyException();

		this.failures.recordFailure(AccountsTests.email(), address);
		assertRetryAfter(AccountsTests.email(), address, Duration.ofMinutes(40));
		assertThatCode(() -> this.failures.checkAllowed(AccountsTests.email(), AccountsTests.address()))
			.doesNotThrowAnyException();

		this.clock.set(first.plus(FailedAttempts.ADDRESS_WINDOW).minusSeconds(1));
		assertRetryAfter(AccountsTests.email(), address, Duration.ofSeconds(1));
		this.clock.set(first.plus(FailedAttempts.ADDRESS_WINDOW));
		assertThatCode(() -> this.failures.checkAllowed(AccountsTests.email(), address)).doesNotThrowAnyException();
	}

	@Test
	void onlyFailedSignInsCount() {
		AccountView account = this.accounts.signUp(AccountsTests.newAccount(AccountsTests.email(), Role.CLIENT));
		String address = AccountsTests.address();
		for (int i = 0; i < 9; i++) {
			this.failures.recordFailure(account.email(), address);
		}
		for (int i = 0; i < 3; i++) {
			assertThat(this.signIn.checkPassword(account.email(), AccountsTests.PASSWORD, address).userId())
				.isEqualTo(account.id());
		}

		assertThatThrownBy(() -> this.signIn.checkPassword(account.email(), AccountsTests.NEW_PASSWORD, address))
			.isInstanceOf(UnauthorizedException.class);
		// The tenth failure locks the account, even for the right password.
		assertThatThrownBy(() -> this.signIn.checkPassword(account.email(), AccountsTests.PASSWORD, address))
			.isInstanceOf(TooManyAttemptsException.class);
	}

	@Test
	void unknownAccountsCountLikeKnownOnes() {
		String unknown = AccountsTests.email();
		for (int i = 0; i < 10; i++) {
			String address = AccountsTests.address();
			this.failures.checkAllowed(unknown, address);
			this.failures.recordFailure(unknown, address);
		}
		assertRetryAfter(unknown, AccountsTests.address(), FailedAttempts.ACCOUNT_WINDOW);
	}

	private void assertRetryAfter(String account, String address, Duration expected) {
		assertThatThrownBy(() -> this.failures.checkAllowed(account, address)).isInstanceOfSatisfying(
				TooManyAttemptsException.class, (ex) -> assertThat(ex.retryAfter()).isEqualTo(expected));
	}

}
