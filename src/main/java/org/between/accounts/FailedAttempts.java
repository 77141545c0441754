package org.between.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.between.shared.TooManyAttemptsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate limits on guessing (API.md): 10 failed attempts per account in 15 minutes, 100 per
 * address in an hour. Only failures count. Kept in the database so that every instance of
 * the application sees the same counts.
 */
@Component
class FailedAttempts {

	static final int PER_ACCOUNT = 10;

	static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);

	static final int PER_ADDRESS = 100;

	static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	FailedAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Refuses with 429 when the account or the address has failed too often of late. */
	void checkAllowed(String accountKey, String address) {
		Instant now = this.clock.instant();
		check("account_key", key(accountKey), PER_ACCOUNT, ACCOUNT_WINDOW, now);
		check("address", address(address), PER_ADDRESS, ADDRESS_WINDOW, now);
	}

	/** Recorded in its own transaction so that a rolled-back request still counts. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String accountKey, String address) {
		this.jdbc.sql("insert into accounts_failed_attempt (id, account_key, address, at) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), key(accountKey), address(address), Timestamp.from(this.clock.instant()))
			.update();
	}

	private void check(String column, String value, int limit, Duration window, Instant now) {
		var since = Timestamp.from(now.minus(window));
		var rows = this.jdbc
			.sql("select at from accounts_failed_attempt where " + column + " = ? and at > ? order by at desc")
			.params(value, since)
			.query(Timestamp.class)
			.list();
		if (rows.size() >= limit) {
			// Free again when the oldest failure that still counts toward the limit
			// leaves the window.
			Instant oldestCounted = rows.get(limit - 1).toInstant();
			throw new TooManyAttemptsException(Duration.between(now, oldestCounted.plus(window)));
		}
	}

	/** Failures older than a day count toward nothing. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		this.jdbc.sql("delete from accounts_failed_attempt where at < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	private static String key(String accountKey) {
		String key = (accountKey == null) ? "" : accountKey.trim().toLowerCase(Locale.ROOT);
		return (key.length() > 254) ? key.substring(0, 254) : key;
	}

	private static String address(String address) {
		String value = (address == null) ? "unknown" : address;
		return (value.length() > 64) ? value.substring(0, 64) : value;
	}

}
