package org.between.safety;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which country's crisis lines a signed-in person sees: their own country setting, else
 * every region of the browser's {@code Accept-Language} list, else their time zone's
 * country (see {@link CrisisLines#pick}).
 */
@Component
class ClientCountry {

	private final CrisisLines crisisLines;

	private final Accounts accounts;

	ClientCountry(CrisisLines crisisLines, Accounts accounts) {
		this.crisisLines = crisisLines;
		this.accounts = accounts;
	}

	/** The country, or null when nothing tells it. */
	String of(CurrentUser user) {
		// Read fresh: the session may hold the principal from before a change elsewhere.
		String saved = this.accounts.country(user.id()).orElse(user.country());
		return this.crisisLines.pick(null, saved, browserLocales(), user.zone()).orElse(null);
	}

	/** The whole Accept-Language list of the request being answered, if there is one. */
	private static List<Locale> browserLocales() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (request.getHeader("Accept-Language") != null) {
				return Collections.list(request.getLocales());
			}
		}
		return List.of();
	}

}
