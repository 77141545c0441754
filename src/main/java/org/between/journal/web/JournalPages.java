package org.between.journal.web;

import java.util.List;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.journal.JournalEntryChange;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
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
 * {@code /journal}: the list with search, writing, reading, editing and deleting (with a
 * plain confirmation page), the two flags on every entry; and the therapist's
 * {@code /clients/{clientId}/journal} pages. All plain HTML; a small script keeps drafts.
 */
@Controller
class JournalPages {

	static final int PAGE_SIZE = 50;

	private final Journal journal;

	private final ClientLinks links;

	JournalPages(Journal journal, ClientLinks links) {
		this.journal = journal;
		this.links = links;
	}

	@GetMapping("/journal")
	String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String before, @RequestParam(defaultValue = "false") boolean agenda,
			Model model) {
		model.addAttribute("agenda", this.journal.agendaCount(me));
		model.addAttribute("agendaOnly", agenda);
		if (agenda) {
			model.addAttribute("entries", this.journal.ownAgenda(me));
			model.addAttribute("q", "");
			return "journal/list";
		}
		String query = (q != null && q.length() > Journal.MAX_TITLE) ? q.substring(0, Journal.MAX_TITLE) : q;
		List<JournalEntry> entries = this.journal.entries(me, query, PAGE_SIZE + 1, before);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("more", entries.size() > PAGE_SIZE ? entries.get(PAGE_SIZE - 1).id() : null);
		model.addAttribute("q", (query != null) ? query : "");
		return "journal/list";
	}

	@GetMapping("/journal/new")
	String write(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("form", new JournalForm());
		return "journal/write";
	}

	@PostMapping("/journal")
	String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") JournalForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "journal/write";
		}
		try {
			JournalEntry entry = this.journal.write(me, form.toNew());
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("clearDraft", "new");
			return "redirect:/journal/" + entry.id();
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
			return "journal/write";
		}
	}

	@GetMapping("/journal/{id}")
	String entry(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		model.addAttribute("entry", this.journal.entry(me, id));
		model.addAttribute("reads", this.journal.reads(me, id));
		return "journal/entry";
	}

	@PostMapping("/journal/{id}/flags")
	String flags(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean bringToSession,
			@RequestParam(defaultValue = "false") boolean shareWithTherapist, RedirectAttributes redirect) {
		this.journal.change(me, id, JournalEntryChange.flags(bringToSession, shareWithTherapist));
		redirect.addFlashAttribute("flagsSaved", true);
		return "redirect:/journal/" + id;
	}

	@GetMapping("/journal/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		JournalEntry entry = this.journal.entry(me, id);
		model.addAttribute("entry", entry);
		model.addAttribute("form", JournalForm.of(entry));
		return "journal/write";
	}

	@PostMapping("/journal/{id}")
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("form") JournalForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		JournalEntry entry = this.journal.entry(me, id);
		model.addAttribute("entry", entry);
		if (result.hasErrors()) {
			return "journal/write";
		}
		try {
			this.journal.change(me, id, form.toChange());
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("clearDraft", id.toString());
			return "redirect:/journal/" + id;
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
			return "journal/write";
		}
	}

	@GetMapping("/journal/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		model.addAttribute("entry", this.journal.entry(me, id));
		return "journal/delete";
	}

	@PostMapping("/journal/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.journal.delete(me, id);
		redirect.addFlashAttribute("deleted", true);
		redirect.addFlashAttribute("clearDraft", id.toString());
		return "redirect:/journal";
	}

	@GetMapping("/clients/{clientId}/journal")
	String shared(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		model.addAttribute("client", client);
		model.addAttribute("entries", this.journal.sharedEntries(me, clientId));
		model.addAttribute("agenda", this.journal.agenda(client));
		return "journal/client-list";
	}

	@GetMapping("/clients/{clientId}/journal/{id}")
	String sharedEntry(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, @PathVariable UUID id,
			Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("entry", this.journal.sharedEntry(me, clientId, id));
		return "journal/client-entry";
	}

}
