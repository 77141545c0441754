package org.between.endings.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.endings.Portfolio;
import org.between.endings.PortfolioInput;
import org.between.endings.PortfolioLetter;
import org.between.endings.Portfolios;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "endings": the carry-forward portfolio. The bodies are not {@code @Valid}:
 * {@link Portfolios} checks every field at once.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "endings", description = "Endings done well: the carry-forward portfolio")
class PortfolioApi {

	private final Portfolios portfolios;

	PortfolioApi(Portfolios portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping("/portfolio")
	@Operation(summary = "Your carry-forward portfolio (clients)",
			description = "Yours whether or not you are linked, also after an ending: the skills that work for you "
					+ "(before you first save, the ones that helped most by your toolbox numbers, prefilled: true), "
					+ "your own numbers for every skill you practised, what you learned, signs that things are "
					+ "slipping, what you will do then, how to come back, your safety plan, your therapists' letters "
					+ "(letter: the newest) and what you chose to keep.")
	Portfolio mine(@AuthenticationPrincipal CurrentUser me) {
		return this.portfolios.mine(me);
	}

	@PutMapping("/portfolio")
	@Operation(summary = "Save your portfolio (clients)",
			description = "The whole portfolio: skillsThatWork, insights, relapseSigns, whatToDo (each at most 20 "
					+ "entries of up to 500 characters; blank entries are left out), howToComeBack (up to 2 000 "
					+ "characters), shareWithTherapist (default false: lets the therapist you are linked with now "
					+ "read it, each read in your access log). 400 lists every bad field.")
	@ProblemResponse(status = 422, description = "shareWithTherapist while no therapist is linked")
	Portfolio save(@AuthenticationPrincipal CurrentUser me, @RequestBody PortfolioInput body) {
		return this.portfolios.save(me, body);
	}

	@GetMapping(path = "/portfolio/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Your portfolio as a PDF to keep and print (clients)",
			description = "Readable text (not images), every section, your safety plan with the crisis lines of "
					+ "your country written out.")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me) {
		return PortfolioPages.pdfResponse(this.portfolios.pdf(me));
	}

	@GetMapping("/clients/{clientId}/portfolio")
	@Operation(summary = "A linked client's portfolio when they share it with you (therapists)",
			description = "Your own letter only; no toolbox numbers or safety plan (read those where the client "
					+ "shares them). 404 unless linked and shared with you; every read is in the client's access "
					+ "log. Your access ends with the link.")
	Portfolio shared(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.portfolios.sharedWith(me, clientId);
	}

	@PutMapping("/clients/{clientId}/portfolio/letter")
	@Operation(summary = "Write your letter for a linked client's portfolio (therapists)",
			description = "Up to 20 000 characters; replaces your letter before; blank takes it back (204). 404 "
					+ "unless linked. The client keeps it after the ending.")
	ResponseEntity<PortfolioLetter> letter(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody LetterBody body) {
		return this.portfolios.writeLetter(me, clientId, (body != null) ? body.letter() : null)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** The therapist's letter; the facade checks its length. */
	record LetterBody(String letter) {
	}

}
