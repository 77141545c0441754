package org.between.accounts;

import org.springframework.stereotype.Component;

/**
 * Absolute links to Between's own pages, for e-mails and calendar feeds, from
 * {@code between.security.public-url} (the address the invitation and password-reset
 * e-mails use), without a trailing slash.
 */
@Component
public class PublicLinks {

	private final String base;

	PublicLinks(SecuritySettings settings) {
		String url = settings.publicUrl();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The address people reach Between at. */
	public String base() {
		return this.base;
	}

	/** The absolute link to {@code path}, which starts with a slash. */
	public String to(String path) {
		return this.base + path;
	}

}
