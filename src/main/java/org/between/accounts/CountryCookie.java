package org.between.accounts;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The person's country, remembered in the browser: {@code between_country=GB}. The crisis
 * page and the safety screen's stand-in read it without a session, so that they show the
 * person's own lines when the database is down or the sign-in has ended. It holds nothing
 * but the country code; it stays after signing out, for the same reason.
 */
public final class CountryCookie {

	public static final String NAME = "between_country";

	static final Duration LIFETIME = Duration.ofDays(365);

	private CountryCookie() {
	}

	/** Sets the cookie (or removes it for null). */
	static void write(HttpServletRequest request, HttpServletResponse response, String country) {
		ResponseCookie cookie = ResponseCookie.from(NAME, (country != null) ? country : "")
			.path("/")
			.maxAge((country != null) ? LIFETIME : Duration.ZERO)
			.sameSite("Lax")
			.httpOnly(true)
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** The cookie's value on this request, or null. */
	static String read(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
