package org.between.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed out once (tokens, reset links) and the hashes we keep of them.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Letters and digits that cannot be mistaken for each other when read aloud or typed.
	 */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

	private Secrets() {
	}

	/** 256 random bits, URL-safe. */
	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A ten-character code (about 49 bits) that a person can type, shown as XXXXX-XXXXX.
	 */
	static String code() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** What a person typed, reduced to the characters a code consists of. */
	static String normalizeCode(String typed) {
		return (typed == null) ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
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
