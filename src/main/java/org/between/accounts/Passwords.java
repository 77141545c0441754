package org.between.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.between.accounts.SecuritySettings.PasswordHashing;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password rules and hashing. Argon2id with OWASP ASVS 5.0 parameters (19 MiB, 2 passes)
 * unless {@code between.security.password-hashing.*} says otherwise, which only the tests
 * do: Spring's defaults are weaker. The common-password list is the part of SecLists' top
 * million (CC BY-SA 3.0) that is 12 characters or longer, lower-cased.
 */
@Component
class Passwords {

	private static final Logger log = LoggerFactory.getLogger(Passwords.class);

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 1000;

	private static final int SALT_BYTES = 16;

	private static final int HASH_BYTES = 32;

	private static final int PARALLELISM = 1;

	private final PasswordEncoder encoder;

	/** Verified against unknown e-mails so that they take as long as known ones. */
	private final String decoy;

	Passwords(SecuritySettings settings) {
		PasswordHashing hashing = settings.passwordHashing();
		if (hashing.weakerThanProduction()) {
			log.warn(
					"Password hashes are weaker than production strength (Argon2id {} KiB, {} passes): "
							+ "between.security.password-hashing is meant for tests only",
					hashing.memoryKib(), hashing.iterations());
		}
		this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, hashing.memoryKib(),
				hashing.iterations());
		this.decoy = this.encoder.encode("decoy-password-for-timing");
	}

	private volatile Set<String> common;

	String hash(String password) {
		return this.encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return this.encoder.matches(password, (hash != null) ? hash : this.decoy);
	}

	/**
	 * The key of the message that says what is wrong, or {@code null} when the password
	 * is fine.
	 */
	String problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "password.tooShort";
		}
		if (password.length() > MAX_LENGTH) {
			return "password.tooLong";
		}
		if (commonPasswords().contains(password.toLowerCase(Locale.ROOT))) {
			return "password.common";
		}
		return null;
	}

	private Set<String> commonPasswords() {
		Set<String> loaded = this.common;
		if (loaded == null) {
			loaded = load();
			this.common = loaded;
		}
		return loaded;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(64_000);
		try (var in = Passwords.class.getResourceAsStream("common-passwords.txt.gz");
				var reader = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			reader.lines().forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
