package org.between.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells API requests (problem+json) from page requests (HTML error pages). */
public final class ApiPaths {

	public static final String PREFIX = "/api/";

	private ApiPaths() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return isApi(request.getRequestURI());
	}

	public static boolean isApi(String uri) {
		return uri != null && uri.startsWith(PREFIX);
	}

}
