package org.between.checkin.web;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.between.checkin.Checkins;
import org.between.shared.web.UnsavedForms;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The check-in form posted after the sign-in ended: it comes back at {@code /checkin},
 * and it shows risk by the rule that applies when a check-in is saved
 * ({@link Checkins#riskReasons}).
 */
@Component
class UnsavedCheckin implements UnsavedForms {

	private final Checkins checkins;

	UnsavedCheckin(Checkins checkins) {
		this.checkins = checkins;
	}

	@Override
	public Optional<UnsavedForm> recognise(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || !"/checkin".equals(UnsavedForms.path(request))) {
			return Optional.empty();
		}
		CheckinForm form = CheckinForm.of(parameters(request));
		// Whatever the time zone: only the urges and actions count here.
		var reasons = this.checkins.riskReasons(form.submission(ZoneOffset.UTC).checkin());
		return Optional.of(new UnsavedForm("/checkin", reasons));
	}

	static MultiValueMap<String, String> parameters(HttpServletRequest request) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
		return params;
	}

}
