package org.between.accounts;

import java.time.Instant;

/**
 * For tests outside this package: the code an authenticator app would show for a secret,
 * as {@link Totp} computes it (RFC 6238, HMAC-SHA1, 6 digits, 30 s).
 */
public final class TotpCodes {

	private TotpCodes() {
	}

	/** The current code for a base32 secret (spaces are ignored). */
	public static String now(String base32Secret) {
		return codeAt(base32Secret, Instant.now());
	}

	public static String codeAt(String base32Secret, Instant at) {
		return Totp.codeAt(base32Secret.replaceAll("\\s", ""), at);
	}

}
