package org.between.endings.web;

import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.endings.Portfolio;
import org.between.endings.Portfolios;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.shared.web.FormProblems;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portfolio in pages. {@code /ending/portfolio} (clients): the therapist's letter,
 * each section to write (the skills pre-filled, with the client's own numbers beside
 * them), the safety plan, what they kept, the PDF; a plain form, Post/Redirect/Get.
 * {@code /clients/{id}/portfolio} (therapists, while linked): their letter to write, and
 * the portfolio where the client shares it (audited).
 */
@Controller
class PortfolioPages {

	private final Portfolios portfolios;

	private final ClientLinks links;

	PortfolioPages(Portfolios portfolios, ClientLinks links) {
		this.portfolios = portfolios;
		this.links = links;
	}

	@GetMapping("/ending/portfolio")
	String portfolio(@AuthenticationPrincipal CurrentUser me, Model model) {
		Portfolio portfolio = this.portfolios.mine(me);
		model.addAttribute("form", PortfolioForm.of(portfolio));
		return render(me, portfolio, model);
	}

	@PostMapping("/ending/portfolio")
	String save(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") PortfolioForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.portfolios.save(me, form.toInput());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/ending/portfolio";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
		}
		catch (RuleViolationException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.messageKey());
		}
		return render(me, this.portfolios.mine(me), model);
	}

	@GetMapping("/ending/portfolio.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me) {
		return pdfResponse(this.portfolios.pdf(me));
	}

	@GetMapping("/clients/{clientId}/portfolio")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		model.addAttribute("client", client);
		model.addAttribute("letter", this.portfolios.letter(me, clientId).orElse(null));
		try {
			model.addAttribute("portfolio", this.portfolios.sharedWith(me, clientId));
		}
		catch (NotFoundException ex) {
			model.addAttribute("portfolio", null);
		}
		return "endings/client-portfolio";
	}

	@PostMapping("/clients/{clientId}/portfolio/letter")
	String letter(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestParam(name = "letter", required = false) String letter, RedirectAttributes redirect) {
		try {
			this.portfolios.writeLetter(me, clientId, letter);
			redirect.addFlashAttribute("letterSaved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("letterProblem", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("draft", letter);
		}
		return "redirect:/clients/" + clientId + "/portfolio";
	}

	private String render(CurrentUser me, Portfolio portfolio, Model model) {
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("therapistName", this.links.therapistOf(me).map((t) -> t.displayName()).orElse(null));
		return "endings/portfolio";
	}

	/** A PDF to keep: downloaded as a file, never cached on the way. */
	static ResponseEntity<byte[]> pdfResponse(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-portfolio.pdf").build().toString())
			.body(pdf);
	}

}
