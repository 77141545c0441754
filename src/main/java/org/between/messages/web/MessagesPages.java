package org.between.messages.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.messages.MessageThread;
import org.between.messages.Messages;
import org.between.messages.Sent;
import org.between.safety.CrisisLines;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /messages}: for the client the compose form (only agreed categories; before
 * sending, when it will be read, the therapist's time away with its cover and the crisis
 * lines) and their threads; for the therapist the threads per client with "respond by".
 * {@code /messages/{id}}: one thread and its reply form. Plain HTML, no script.
 */
@Controller
class MessagesPages {

	static final int PAGE_SIZE = 100;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm");

	private final Messages messages;

	private final Accounts accounts;

	private final CrisisLines crisisLines;

	private final Clock clock;

	MessagesPages(Messages messages, Accounts accounts, CrisisLines crisisLines, Clock clock) {
		this.messages = messages;
		this.accounts = accounts;
		this.crisisLines = crisisLines;
		this.clock = clock;
	}

	@GetMapping("/messages")
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MessageForm());
		}
		return render(me, model);
	}

	@PostMapping("/messages")
	String send(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") MessageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			Sent sent = this.messages.send(me, form.toInput());
			if (sent.delivered()) {
				redirect.addFlashAttribute("sentRespondBy", when(sent.respondBy(), me.zone()));
				return "redirect:/messages/" + sent.threadId();
			}
			redirect.addFlashAttribute("kept", sent);
			return "redirect:/messages";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
			return render(me, model);
		}
	}

	@GetMapping("/messages/{threadId}")
	String thread(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID threadId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReplyForm());
		}
		return renderThread(me, this.messages.thread(me, threadId), model);
	}

	@PostMapping("/messages/{threadId}/reply")
	String reply(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID threadId,
			@ModelAttribute("form") ReplyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			Sent sent = this.messages.reply(me, threadId, form.toInput());
			if (!sent.delivered()) {
				redirect.addFlashAttribute("kept", sent);
				return "redirect:/messages";
			}
			redirect.addFlashAttribute("replied", true);
			if (sent.respondBy() != null && me.isClient()) {
				redirect.addFlashAttribute("sentRespondBy", when(sent.respondBy(), me.zone()));
			}
			return "redirect:/messages/" + threadId;
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
			return renderThread(me, this.messages.thread(me, threadId), model);
		}
	}

	private String render(CurrentUser me, Model model) {
		Instant now = this.clock.instant();
		List<MessageThread> threads = this.messages.threads(me, null, PAGE_SIZE, null);
		model.addAttribute("now", now);
		model.addAttribute("zone", me.zone());
		if (me.isTherapist()) {
			Map<String, List<MessageThread>> byClient = new LinkedHashMap<>();
			threads.forEach((t) -> byClient.computeIfAbsent(t.clientName(), (k) -> new java.util.ArrayList<>()).add(t));
			model.addAttribute("byClient", byClient);
			return "messages/therapist";
		}
		var outlook = this.messages.outlook(me);
		model.addAttribute("threads", threads);
		model.addAttribute("outlook", outlook);
		model.addAttribute("readFrom", when(outlook.readFrom(), me.zone()));
		model.addAttribute("respondBy", when(outlook.respondBy(), me.zone()));
		model.addAttribute("lines", lines(me));
		return "messages/client";
	}

	private String renderThread(CurrentUser me, MessageThread thread, Model model) {
		model.addAttribute("thread", thread);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", me.zone());
		model.addAttribute("respondBy", when(thread.respondBy(), me.zone()));
		if (me.isClient()) {
			model.addAttribute("lines", lines(me));
		}
		return me.isTherapist() ? "messages/thread-therapist" : "messages/thread-client";
	}

	private Object lines(CurrentUser client) {
		String saved = this.accounts.country(client.id()).orElse(client.country());
		return this.crisisLines.forCountry(this.crisisLines.pick(null, saved, List.of(), client.zone()).orElse(null));
	}

	static String when(Instant at, ZoneId zone) {
		return (at != null) ? WHEN.format(at.atZone(zone)) : null;
	}

}
