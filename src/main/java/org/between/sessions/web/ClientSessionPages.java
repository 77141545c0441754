package org.between.sessions.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.LinkedClient;
import org.between.accounts.CurrentUser;
import org.between.sessions.ClientSessions;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.NewStanding;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.sessions.StandingAppointment;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.InputProblems;
import org.between.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /clients/{clientId}/sessions}, the therapist's page for one linked client:
 * standing appointments (add, end with a confirm step), booking a one-off session, the
 * sessions with their statuses and rulings and the therapist's own breaks among them,
 * punctuality. Times are in the therapist's zone. A refused form comes back with what was
 * typed: field problems at the fields, an overlap (409) or a rule (422) at the top.
 */
@Controller
class ClientSessionPages {

	private final Sessions sessions;

	private final ClientLinks links;

	private final SessionWords words;

	private final BreakLines breaks;

	private final Clock clock;

	ClientSessionPages(Sessions sessions, ClientLinks links, SessionWords words, BreakLines breaks, Clock clock) {
		this.sessions = sessions;
		this.links = links;
		this.words = words;
		this.breaks = breaks;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/sessions")
	String page(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		return page(me, client, model);
	}

	@PostMapping("/clients/{clientId}/standing-appointments")
	String addStanding(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("standing") StandingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		InputProblems problems = new InputProblems();
		StandingRequest request = form.toRequest(problems);
		try {
			problems.throwIfAny();
			NewStanding made = this.sessions.standing(me, clientId, request);
			redirect.addFlashAttribute("done", this.words.msg("sessionsPage.done.standing", made.sessions().size()));
			return "redirect:/clients/" + clientId + "/sessions";
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of());
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemForm", "standing");
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemForm", "standing");
		}
		return page(me, client, model);
	}

	@PostMapping("/clients/{clientId}/standing-appointments/{id}/end")
	String endStanding(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.links.requireLinkedClient(me, clientId);
		int removed = this.sessions.endStanding(me, clientId, id);
		redirect.addFlashAttribute("done", this.words.msg("sessionsPage.done.standingEnded", removed));
		return "redirect:/clients/" + clientId + "/sessions";
	}

	@PostMapping("/clients/{clientId}/sessions")
	String book(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("booking") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		InputProblems problems = new InputProblems();
		SessionRequest request = form.toRequest(me.zone(), problems);
		try {
			problems.throwIfAny();
			SessionView session = this.sessions.book(me, clientId, request);
			redirect.addFlashAttribute("done",
					this.words.msg("sessionsPage.done.booked", this.words.when(session.startsAt(), me.zone())));
			return "redirect:/clients/" + clientId + "/sessions";
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of("startsAt", "date"));
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemForm", "booking");
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemForm", "booking");
		}
		return page(me, client, model);
	}

	private String page(CurrentUser me, LinkedClient client, Model model) {
		Instant now = this.clock.instant();
		forms(me, model);
		ClientSessions read = this.sessions.ofClient(me, client.id());
		List<StandingLine> standing = read.standing()
			.stream()
			.map((a) -> new StandingLine(a.id(), this.words.standing(a, me), this.words.ended(a), a.videoLink()))
			.toList();
		List<SessionLine> upcoming = new ArrayList<>();
		List<SessionLine> past = new ArrayList<>();
		for (SessionView s : read.sessions()) {
			SessionLine line = SessionLine.of(s, me, null, this.words, now);
			if (s.endsAt().isAfter(now)) {
				upcoming.add(line);
			}
			else {
				past.add(0, line);
			}
		}
		model.addAttribute("client", client);
		model.addAttribute("appointments", standing);
		SessionPages.coming(this.breaks.coming(me, upcoming, now, SessionPages.SHOWN_FIRST), model);
		model.addAttribute("firstUse", standing.isEmpty() && upcoming.isEmpty() && past.isEmpty());
		model.addAttribute("past", this.breaks.earlier(me, past, now));
		model.addAttribute("punctuality", this.words.punctuality(read.punctuality()));
		model.addAttribute("punctualitySaid", this.words.lateStarts(read.punctuality()));
		return "sessions/client-sessions";
	}

	/** The two forms (as typed, after a refusal) and what their choices say. */
	private void forms(CurrentUser me, Model model) {
		if (!model.containsAttribute("standing")) {
			model.addAttribute("standing", StandingForm.startingOn(LocalDate.now(this.clock.withZone(me.zone()))));
		}
		if (!model.containsAttribute("booking")) {
			model.addAttribute("booking", new BookingForm());
		}
		model.addAttribute("kinds", SessionKind.values());
		Map<String, String> weekdays = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.put(day.name(), day.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("weekdays", weekdays);
		model.addAttribute("zone", me.zone().getId());
	}

	/** A standing appointment in words, with whether it still makes sessions. */
	public record StandingLine(UUID id, String text, boolean ended, String videoLink) {
	}

}
