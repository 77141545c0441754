package org.between.safety.web;

import java.util.Collections;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.between.safety.CrisisLine;
import org.between.safety.CrisisLines;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crisis-lines")
@Tag(name = "safety")
class CrisisLinesApi {

	private final CrisisLines crisisLines;

	CrisisLinesApi(CrisisLines crisisLines) {
		this.crisisLines = crisisLines;
	}

	@GetMapping
	@Operation(summary = "Crisis lines of a country (public)",
			description = "The country is ?country, else the first region of Accept-Language we have lines for. "
					+ "The first entry (emergency: true) is the country's emergency number. For a country "
					+ "without curated lines it is the only entry, without a number: call your local emergency "
					+ "number (112 works from mobile phones in Europe and many other countries), with "
					+ "https://findahelpline.com as its url.")
	@SecurityRequirements
	List<CrisisLine> lines(@RequestParam(required = false) String country, HttpServletRequest request) {
		var browser = (request.getHeader("Accept-Language") != null) ? Collections.list(request.getLocales())
				: List.<java.util.Locale>of();
		var lines = this.crisisLines.forCountry(this.crisisLines.pick(country, null, browser, null).orElse(null));
		if (!lines.known()) {
			return List.of(CrisisLines.LOCAL_EMERGENCY);
		}
		return lines.lines();
	}

}
