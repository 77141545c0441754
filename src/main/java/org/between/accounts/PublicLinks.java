package org.between.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to Between's own pages, for e-mails, invitation links and calendar
 * feeds, without a trailing slash. From {@code between.security.public-url}; when that is
 * unset, from the request being answered where {@code public-url-from-request} allows it
 * (the demo profile, so that a local run on another port sends links that work), else
 * {@value #UNSET}, which the start-up log warns about: a link to localhost in a mail from
 * a real server reaches nobody.
 */
@Component
public class PublicLinks {

	static final String UNSET = "http://localhost:8080";

	private static final Logger log = LoggerFactory.getLogger(PublicLinks.class);

	private final String configured;

	private final boolean fromRequest;

	PublicLinks(SecuritySettings settings) {
		String url = settings.publicUrl().strip();
		this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.fromRequest = settings.publicUrlFromRequest();
	}

	/** The address people reach Between at. */
	public String base() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		if (this.fromRequest && RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return UNSET;
	}

	/** The absolute link to {@code path}, which starts with a slash. */
	public String to(String path) {
		return base() + path;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenUnset() {
		if (this.configured.isEmpty() && !this.fromRequest) {
			log.warn("between.security.public-url is not set: links in e-mails and the calendar feed will say {}. "
					+ "Set it to the address people reach Between at.", UNSET);
		}
	}

}
