package org.between.safety.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.between.shared.web.UnsavedForms;
import org.springframework.stereotype.Component;

/**
 * The safety plan posted after the sign-in ended: it comes back at {@code /safety/edit},
 * where the draft kept on the device fills it in again. Writing a plan is not itself a
 * risk answer.
 */
@Component
class UnsavedPlan implements UnsavedForms {

	@Override
	public Optional<UnsavedForm> recognise(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || !"/safety".equals(UnsavedForms.path(request))) {
			return Optional.empty();
		}
		return Optional.of(new UnsavedForm("/safety/edit", List.of()));
	}

}
