package org.between.safety.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
			description = "The first entry (emergency: true) is the country's emergency number. For a country "
					+ "without curated lines it is the only entry, without a number: call your local emergency number.")
	List<CrisisLine> lines(@RequestParam(required = false) String country, Locale locale) {
		var lines = this.crisisLines.forCountry(this.crisisLines.pickCountry(country, locale));
		if (!lines.known()) {
			return List.of(CrisisLines.LOCAL_EMERGENCY);
		}
		return lines.lines();
	}

}
