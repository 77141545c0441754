package org.between.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.between.reminders.UnsubscribeStore.Target;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe tokens: 256 random bits, URL-safe, handed out once in an
 * e-mail and kept only as SHA-256, like accounts' API tokens. Each e-mail gets a token of
 * its own (only the hash is kept, so an earlier token cannot be put into a later mail);
 * every one stays valid, so the link in an old reminder still works. A token stops one
 * type for one person and nothing else, so leaking one costs at most that reminder.
 */
@Component
class UnsubscribeTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What {@link #issue} hands out: 32 bytes in unpadded base64url. */
	private static final String SHAPE = "[A-Za-z0-9_-]{43}";

	private final UnsubscribeStore store;

	UnsubscribeTokens(UnsubscribeStore store) {
		this.store = store;
	}

	String issue(UUID userId, ReminderType type, Instant now) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.store.insert(sha256(token), userId, type, now);
		return token;
	}

	/** The person and type the token stops; empty for anything we did not hand out. */
	Optional<Target> find(String token) {
		if (token == null || !token.matches(SHAPE)) {
			return Optional.empty();
		}
		return this.store.find(sha256(token));
	}

	static String sha256(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
