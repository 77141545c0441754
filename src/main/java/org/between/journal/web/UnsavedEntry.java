package org.between.journal.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.between.shared.web.UnsavedForms;
import org.springframework.stereotype.Component;

/**
 * A journal entry posted after the sign-in ended comes back at its form, where the draft
 * kept on the device fills it in again. An entry is not read for risk: it is private
 * writing, not a question about risk.
 */
@Component
class UnsavedEntry implements UnsavedForms {

	private static final Pattern EDITED = Pattern.compile("^/journal/([0-9a-fA-F-]{36})$");

	@Override
	public Optional<UnsavedForm> recognise(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return Optional.empty();
		}
		String path = UnsavedForms.path(request);
		if (path.equals("/journal")) {
			return Optional.of(new UnsavedForm("/journal/new", List.of()));
		}
		Matcher edited = EDITED.matcher(path);
		if (edited.matches()) {
			return Optional.of(new UnsavedForm("/journal/" + edited.group(1) + "/edit", List.of()));
		}
		return Optional.empty();
	}

}
