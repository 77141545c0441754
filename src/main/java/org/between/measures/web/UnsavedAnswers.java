package org.between.measures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.between.measures.Instrument;
import org.between.measures.Scoring;
import org.between.shared.web.UnsavedForms;
import org.springframework.stereotype.Component;

/**
 * A questionnaire posted after the sign-in ended: it comes back at its answer form, and
 * it shows risk by the rule that applies when answers are saved
 * ({@link Scoring#riskReasons}: PHQ-9 item 9 above 0), whatever else is missing.
 */
@Component
class UnsavedAnswers implements UnsavedForms {

	private static final Pattern ANSWER = Pattern.compile("^/measures/([A-Za-z0-9_-]{1,40})/answer$");

	@Override
	public Optional<UnsavedForm> recognise(HttpServletRequest request) {
		Matcher path = ANSWER.matcher(UnsavedForms.path(request));
		if (!"POST".equals(request.getMethod()) || !path.matches()) {
			return Optional.empty();
		}
		return Instrument.fromCode(path.group(1)).map((instrument) -> {
			List<Integer> answers = new ArrayList<>();
			for (int n = 1; n <= instrument.items(); n++) {
				answers.add(MeasuresPages.parse(request.getParameter("q" + n)));
			}
			// The form is at the address it was posted to.
			return new UnsavedForm(UnsavedForms.path(request), Scoring.riskReasons(instrument, answers));
		});
	}

}
