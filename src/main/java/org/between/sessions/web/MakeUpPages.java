package org.between.sessions.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.sessions.MakeUpRequest;
import org.between.sessions.MakeUpRequests;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.shared.InvalidInputException;
import org.between.shared.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sessions/{id}/make-up}: for the client of a cancelled session whose ruling
 * offered a make-up, a plain form with up to three times that suit them; for the
 * therapist, the times asked for, each with one button that books it. Works without
 * JavaScript.
 */
@Controller
class MakeUpPages {

	private final MakeUpRequests requests;

	private final Sessions sessions;

	private final SessionWords words;

	private final ClientLinks links;

	MakeUpPages(MakeUpRequests requests, Sessions sessions, SessionWords words, ClientLinks links) {
		this.requests = requests;
		this.sessions = sessions;
		this.words = words;
		this.links = links;
	}

	@GetMapping("/sessions/{id}/make-up")
	String page(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		return page(me, this.sessions.session(me, id), List.of("", "", ""), Map.of(), model);
	}

	@PostMapping("/sessions/{id}/make-up")
	String ask(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "option1", defaultValue = "") String option1,
			@RequestParam(name = "option2", defaultValue = "") String option2,
			@RequestParam(name = "option3", defaultValue = "") String option3, Model model) {
		me.requireClient();
		SessionView session = this.sessions.session(me, id);
		List<String> typed = List.of(option1, option2, option3);
		List<Instant> options = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (int i = 0; i < typed.size(); i++) {
			if (typed.get(i).isBlank()) {
				continue;
			}
			Optional<Instant> at = instant(typed.get(i), me.zone());
			if (at.isEmpty()) {
				return page(me, session, typed, Map.of("option" + (i + 1), "makeUp.options.format"), model);
			}
			options.add(at.get());
			fields.add("option" + (i + 1));
		}
		try {
			this.requests.request(me, id, options);
		}
		catch (InvalidInputException ex) {
			return page(me, session, typed, Map.of("option1", "makeUp.options.count"), model);
		}
		catch (RuleViolationException ex) {
			String field = "option1";
			if (ex.field() != null && ex.field().startsWith("options[")) {
				int index = Integer.parseInt(ex.field().substring("options[".length(), ex.field().length() - 1));
				field = fields.get(index);
			}
			return page(me, session, typed, Map.of(field, ex.messageKey()), model);
		}
		return "redirect:/sessions/" + id + "/make-up?asked=true";
	}

	@PostMapping("/make-up-requests/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam String startsAt,
			Model model) {
		me.requireTherapist();
		MakeUpRequest request = this.requests.find(me, id);
		Instant at;
		try {
			at = Instant.parse(startsAt);
		}
		catch (DateTimeParseException ex) {
			at = null;
		}
		try {
			SessionView booked = this.requests.confirm(me, id, at);
			return "redirect:/sessions/" + booked.id() + "?bookedMakeUp=true";
		}
		catch (RuleViolationException ex) {
			return page(me, this.sessions.session(me, request.sessionId()), List.of("", "", ""),
					Map.of("confirm", ex.messageKey()), model);
		}
	}

	private String page(CurrentUser me, SessionView session, List<String> typed, Map<String, String> errors,
			Model model) {
		boolean therapist = session.therapistId().equals(me.id());
		ZoneId zone = me.zone();
		Optional<MakeUpRequest> request = this.requests.forSession(me, session.id());
		model.addAttribute("sessionView", session);
		model.addAttribute("sessionWhen", this.words.when(session.startsAt(), zone));
		model.addAttribute("therapistView", therapist);
		model.addAttribute("who", therapist ? name(me, session.clientId()) : null);
		model.addAttribute("offered", session.cancellation() != null && session.cancellation().makeUpOffered());
		model.addAttribute("canRequest", this.requests.canRequest(me, session));
		model.addAttribute("request", request.orElse(null));
		model.addAttribute("times",
				request.map((r) -> r.options().stream().map((o) -> new Time(o, this.words.when(o, zone))).toList())
					.orElse(List.of()));
		model.addAttribute("typed", typed);
		Map<String, String> errorAt = new LinkedHashMap<>(errors);
		model.addAttribute("errorAt", errorAt);
		model.addAttribute("formProblems", errors.containsKey("confirm") ? Map.of() : errorAt);
		model.addAttribute("zone", zone.getId());
		return "sessions/make-up";
	}

	private String name(CurrentUser therapist, UUID clientId) {
		return this.links.clients(therapist)
			.stream()
			.filter((c) -> c.id().equals(clientId))
			.map(LinkedClient::displayName)
			.findFirst()
			.orElseGet(() -> this.words.msg("sessionsPage.formerClient"));
	}

	private static Optional<Instant> instant(String text, ZoneId zone) {
		try {
			return Optional.of(LocalDateTime.parse(text.strip()).atZone(zone).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A time asked for: the instant (what the button sends) and its words. */
	record Time(Instant at, String words) {
	}

}
