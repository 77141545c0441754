package org.between.safety.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.ui.Model;

/**
 * A page fetched by the service worker (or offline.js) to keep on the device carries
 * {@value #HEADER}{@code : save}; such a copy says on which day it was saved, so that a
 * person reading it offline knows how old it is. Only {@code /crisis} and {@code /safety}
 * are kept, so only they ask.
 */
final class OfflineCopy {

	static final String HEADER = "X-Between-Offline";

	private OfflineCopy() {
	}

	/** Adds {@code savedOn} (the day in {@code zone}) when the request is for a copy. */
	static void mark(String header, Clock clock, ZoneId zone, Model model) {
		if ("save".equals(header)) {
			model.addAttribute("savedOn", LocalDate.ofInstant(clock.instant(), zone));
		}
	}

}
