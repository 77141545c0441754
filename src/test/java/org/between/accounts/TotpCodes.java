package org.between.accounts;

import java.time.Instant;

/** Lets tests in other packages compute the current TOTP code of a secret. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String codeAt(String secret, Instant at) {
		return Totp.codeAt(secret, at);
	}

}
