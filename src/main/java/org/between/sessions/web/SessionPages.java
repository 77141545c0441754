package org.between.sessions.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.accounts.ClientLinks;
import org.between.accounts.LinkedClient;
import org.between.accounts.CurrentUser;
import org.between.sessions.BreakMark;
import org.between.sessions.BridgeNotes;
import org.between.sessions.SessionStatus;
import org.between.sessions.web.SessionForms.BridgeForm;
import org.between.sessions.CancellationRuling;
import org.between.sessions.SessionAffordances;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.web.BreakLines.Entry;
import org.between.sessions.web.SessionForms.AttendanceForm;
import org.between.sessions.web.SessionForms.CancelForm;
import org.between.sessions.web.SessionForms.VideoForm;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.InputProblems;
import org.between.shared.RuleViolationException;
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
 * {@code /sessions}: the client's next session with a calm countdown, what is coming, the
 * standing appointments, what was, and punctuality; the therapist's next two weeks by
 * day. Both mark the therapist's breaks where they fall ({@link BreakLines}).
 * {@code /sessions/{id}} for the two people of a session: cancelling (with a confirmation
 * page that says what cancelling now would mean), and for the therapist the one-tap start
 * and end, corrections, "did not come" and the video link. Plain forms,
 * Post/Redirect/Get.
 */
@Controller
class SessionPages {

	/** Past sessions shown on the client's page. */
	static final int PAST_SHOWN = 20;

	/** Sessions coming up shown at once; the rest behind a disclosure. */
	static final int SHOWN_FIRST = 4;

	/** How far the therapist's overview looks ahead, in days. */
	static final int THERAPIST_DAYS = 14;

	private final Sessions sessions;

	private final ClientLinks links;

	private final SessionWords words;

	private final BreakLines breaks;

	private final BridgeNotes notes;

	private final Clock clock;

	SessionPages(Sessions sessions, ClientLinks links, SessionWords words, BreakLines breaks, BridgeNotes notes,
			Clock clock) {
		this.notes = notes;
		this.sessions = sessions;
		this.links = links;
		this.words = words;
		this.breaks = breaks;
		this.clock = clock;
	}

	@GetMapping("/sessions")
	String overview(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String week, Model model) {
		return me.isClient() ? clientOverview(me, model) : therapistOverview(me, week, model);
	}

	private String clientOverview(CurrentUser me, Model model) {
		Instant now = this.clock.instant();
		List<SessionLine> upcoming = this.sessions.list(me, null, null)
			.stream()
			.filter((s) -> s.endsAt().isAfter(now))
			.map((s) -> line(s, me, null))
			.collect(Collectors.toCollection(ArrayList::new));
		SessionLine next = upcoming.stream().filter((s) -> !s.cancelled()).findFirst().orElse(null);
		if (next != null) {
			upcoming.remove(next);
		}
		model.addAttribute("next", next);
		coming(this.breaks.coming(me, upcoming, now, SHOWN_FIRST), model);
		List<SessionLine> past = past(me, now);
		model.addAttribute("past", this.breaks.earlier(me, past, now));
		model.addAttribute("pastLimited", past.size() >= PAST_SHOWN);
		model.addAttribute("standing",
				this.sessions.standingAppointments(me, me.id())
					.stream()
					.filter((a) -> !this.words.ended(a))
					.map((a) -> this.words.standing(a, me))
					.toList());
		var punctuality = this.sessions.punctuality(me, null);
		model.addAttribute("punctuality", this.words.punctuality(punctuality));
		model.addAttribute("punctualitySaid", this.words.lateStarts(punctuality));
		model.addAttribute("therapist", this.links.therapistOf(me).orElse(null));
		model.addAttribute("zone", me.zone().getId());
		return "sessions/client";
	}

	/**
	 * What is coming, with the breaks among it: the first part shown at once, the rest
	 * behind "Show more" (counting sessions only).
	 */
	static void coming(List<List<Entry<SessionLine>>> parts, Model model) {
		model.addAttribute("upcoming", parts.get(0));
		model.addAttribute("more", parts.get(1));
		model.addAttribute("moreCount", BreakLines.items(parts.get(1)));
	}

	/** The client's last {@value #PAST_SHOWN} sessions that have ended, newest first. */
	private List<SessionLine> past(CurrentUser me, Instant now) {
		List<SessionView> history = this.sessions.history(me, null);
		List<SessionLine> past = new ArrayList<>();
		for (int i = history.size() - 1; i >= 0 && past.size() < PAST_SHOWN; i--) {
			SessionView s = history.get(i);
			if (!s.endsAt().isAfter(now)) {
				past.add(line(s, me, null));
			}
		}
		return past;
	}

	/**
	 * The therapist's sessions: by default from today for {@value #THERAPIST_DAYS} days;
	 * with {@code week} (any day of it) that week from Monday to Sunday, every status, so
	 * that attendance can be recorded late. Previous and next week and a date move it.
	 */
	private String therapistOverview(CurrentUser me, String week, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(me.zone()));
		LocalDate from = today;
		LocalDate to = today.plusDays(THERAPIST_DAYS - 1);
		LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		LocalDate chosen = weekOf(week);
		if (week != null && !week.isBlank() && chosen == null) {
			model.addAttribute("weekProblem", "sessionsPage.week.invalid");
		}
		if (chosen != null) {
			monday = chosen.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
			from = monday;
			to = monday.plusDays(6);
			model.addAttribute("weekHeading", this.words.weekHeading(monday, to, me.zone()));
		}
		model.addAttribute("weekShown", chosen != null);
		model.addAttribute("weekValue", (chosen != null) ? chosen.toString() : today.toString());
		model.addAttribute("previousWeek", monday.minusWeeks(1).toString());
		model.addAttribute("nextWeek", monday.plusWeeks(1).toString());
		Map<UUID, String> names = names(me);
		Map<String, List<SessionLine>> byDay = new LinkedHashMap<>();
		Map<UUID, String> late = new LinkedHashMap<>();
		for (SessionView s : this.sessions.list(me, from.toString(), to.toString())) {
			if (s.status() == SessionStatus.SCHEDULED && s.runningLate() != null) {
				late.put(s.id(), this.words.runningLate(s, me));
			}
			else if (this.sessions.affordances(me, s).runningLate()) {
				late.put(s.id(), "");
			}
			String day = this.words.dayHeading(s.startsAt().atZone(me.zone()).toLocalDate(), me.zone());
			byDay.computeIfAbsent(day, (d) -> new ArrayList<>())
				.add(line(s, me, SessionWords.name(names, s.clientId(), this.words)));
		}
		List<Day> days = byDay.entrySet().stream().map((e) -> new Day(e.getKey(), e.getValue())).toList();
		List<BreakMark> marks = this.breaks.marks(me, from.atStartOfDay(me.zone()).toInstant(),
				to.plusDays(1).atStartOfDay(me.zone()).toInstant());
		model.addAttribute("days", BreakLines.oldestFirst(days, Day::startsAt, marks));
		model.addAttribute("noSessions", days.isEmpty());
		model.addAttribute("late", late);
		model.addAttribute("clients", this.links.clients(me));
		model.addAttribute("zone", me.zone().getId());
		return "sessions/therapist";
	}

	/**
	 * The day a {@code week} parameter names (a date), or null when absent or not a date.
	 */
	private static LocalDate weekOf(String week) {
		if (week == null || week.isBlank() || week.length() > 10) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(week.strip());
			return (day.getYear() < 2000 || day.getYear() > 2100) ? null : day;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/** One day of the therapist's overview: its heading and its sessions. */
	public record Day(String heading, List<SessionLine> lines) {

		Instant startsAt() {
			return this.lines.get(0).startsAt();
		}

	}

	@GetMapping("/sessions/{id}")
	String session(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(required = false) String confirm, Model model) {
		SessionView session = this.sessions.session(me, id);
		if ("end".equals(confirm)) {
			model.addAttribute("askEnd", true);
		}
		if (!model.containsAttribute("attendance")) {
			model.addAttribute("attendance", AttendanceForm.of(session, me.zone()));
		}
		if (!model.containsAttribute("video")) {
			model.addAttribute("video", VideoForm.of(session.videoLink()));
		}
		return sessionPage(me, session, model);
	}

	private String sessionPage(CurrentUser me, SessionView session, Model model) {
		boolean therapist = session.therapistId().equals(me.id());
		String who = therapist ? SessionWords.name(names(me), session.clientId(), this.words) : null;
		SessionAffordances can = this.sessions.affordances(me, session);
		model.addAttribute("sessionView", session);
		model.addAttribute("line", line(session, me, who));
		model.addAttribute("therapistView", therapist);
		model.addAttribute("canCancel", can.cancel());
		model.addAttribute("canStart", can.start());
		model.addAttribute("canEnd", can.end());
		model.addAttribute("canCorrect", can.correct());
		model.addAttribute("canNoShow", can.noShow());
		model.addAttribute("confirmEnd", can.confirmEnd());
		model.addAttribute("canUndo", can.undo());
		if (session.startedAt() != null) {
			model.addAttribute("startedMinutesAgo",
					Math.max(0, java.time.Duration.between(session.startedAt(), this.clock.instant()).toMinutes()));
		}
		model.addAttribute("canRunningLate", can.runningLate());
		model.addAttribute("lateMinutes", org.between.sessions.RunningLate.MINUTES);
		model.addAttribute("runningLate",
				(session.status() == SessionStatus.SCHEDULED) ? this.words.runningLate(session, me) : null);
		boolean bridge = therapist && session.status() == SessionStatus.HELD;
		model.addAttribute("canBridge", bridge);
		if (bridge) {
			if (!model.containsAttribute("bridge")) {
				model.addAttribute("bridge", BridgeForm.of(this.notes.forSession(me, session.id()).orElse(null)));
			}
			model.addAttribute("bridgeSkills", this.notes.skillChoices(me, session.clientId()));
		}
		model.addAttribute("zone", me.zone().getId());
		return "sessions/session";
	}

	@GetMapping("/sessions/{id}/cancel")
	String confirmCancel(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		model.addAttribute("cancel", new CancelForm());
		try {
			return cancelPage(me, session, model);
		}
		catch (RuleViolationException ex) {
			return back(id, ex.messageKey(), redirect);
		}
		catch (ConflictException ex) {
			return back(id, ex.messageKey(), redirect);
		}
	}

	private String cancelPage(CurrentUser me, SessionView session, Model model) {
		CancellationRuling preview = this.sessions.preview(me, session.id());
		boolean therapist = session.therapistId().equals(me.id());
		String who = therapist ? SessionWords.name(names(me), session.clientId(), this.words) : null;
		model.addAttribute("line", line(session, me, who));
		model.addAttribute("preview", this.words.preview(session, preview, me));
		model.addAttribute("therapistView", therapist);
		return "sessions/cancel";
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("cancel") CancelForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		try {
			this.sessions.cancel(me, id, form.getReason());
			return back(id, "sessionsPage.done.cancelled", redirect);
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of());
			return cancelPage(me, session, model);
		}
		catch (RuleViolationException ex) {
			return back(id, ex.messageKey(), redirect);
		}
		catch (ConflictException ex) {
			return back(id, ex.messageKey(), redirect);
		}
	}

	@PostMapping("/sessions/{id}/started")
	String started(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return tap(id, "sessionsPage.done.started", redirect, () -> this.sessions.started(me, id));
	}

	/**
	 * One tap at the end; less than ten minutes after the start the page asks first (the
	 * confirming form sends {@code confirm=true}).
	 */
	@PostMapping("/sessions/{id}/ended")
	String ended(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		if (!confirm && this.sessions.affordances(me, session).confirmEnd()) {
			return "redirect:/sessions/" + id + "?confirm=end#confirm-end";
		}
		return tap(id, "sessionsPage.done.ended", redirect, () -> this.sessions.ended(me, id));
	}

	/** One tap: "I'm running late", the minutes on the button, the full length chosen. */
	@PostMapping("/sessions/{id}/running-late")
	String runningLate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer minutes,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String fullLength,
			RedirectAttributes redirect) {
		Boolean full = "yes".equals(fullLength) ? Boolean.TRUE : "no".equals(fullLength) ? Boolean.FALSE : null;
		return tap(id, "sessionsPage.done.runningLate", redirect,
				() -> this.sessions.runningLate(me, id, minutes, full));
	}

	/** The bridge note after a held session; a refused note comes back as typed. */
	@PostMapping("/sessions/{id}/bridge")
	String bridge(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("bridge") BridgeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		InputProblems problems = new InputProblems();
		UUID skill = null;
		if (!SessionForms.blank(form.getSkillId())) {
			try {
				skill = UUID.fromString(form.getSkillId().strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("skillId", "sessions.bridge.skill.unknown");
			}
		}
		try {
			problems.throwIfAny();
			this.notes.write(me, id, form.getNote(), skill);
			return back(id, "sessionsPage.done.bridge", redirect);
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of());
			model.addAttribute("attendance", AttendanceForm.of(session, me.zone()));
			model.addAttribute("video", VideoForm.of(session.videoLink()));
			return sessionPage(me, session, model);
		}
		catch (ConflictException ex) {
			return back(id, ex.messageKey(), redirect);
		}
	}

	/** The client keeps their bridge note; back to their home. */
	@PostMapping("/bridge/{id}/keep")
	String keep(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		this.notes.keep(me, id);
		return "redirect:/";
	}

	/** Takes the last tap back (within five minutes). */
	@PostMapping("/sessions/{id}/undo")
	String undo(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return tap(id, "sessionsPage.done.undone", redirect, () -> this.sessions.undoLastTap(me, id));
	}

	@PostMapping("/sessions/{id}/no-show")
	String noShow(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return tap(id, "sessionsPage.done.noShow", redirect, () -> this.sessions.noShow(me, id));
	}

	@PostMapping("/sessions/{id}/attendance")
	String attendance(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("attendance") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		InputProblems problems = new InputProblems();
		Instant started = SessionForms.instant(form.getStartedAt(), me.zone(), "startedAt", problems);
		Instant ended = SessionForms.instant(form.getEndedAt(), me.zone(), "endedAt", problems);
		try {
			problems.throwIfAny();
			this.sessions.attendance(me, id, started, ended);
			return back(id, "sessionsPage.done.attendance", redirect);
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of());
			model.addAttribute("video", VideoForm.of(session.videoLink()));
			return sessionPage(me, session, model);
		}
		catch (ConflictException ex) {
			return back(id, ex.messageKey(), redirect);
		}
	}

	@PostMapping("/sessions/{id}/video-link")
	String videoLink(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("video") VideoForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		SessionView session = this.sessions.session(me, id);
		try {
			this.sessions.videoLink(me, id, form.getVideoLink());
			return back(id, "sessionsPage.done.videoLink", redirect);
		}
		catch (InvalidInputException ex) {
			SessionForms.reject(result, ex, Map.of());
			model.addAttribute("attendance", AttendanceForm.of(session, me.zone()));
			return sessionPage(me, session, model);
		}
	}

	private String tap(UUID id, String done, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return back(id, done, redirect);
		}
		catch (InvalidInputException ex) {
			return back(id, ex.problems().get(0).messageKey(), redirect);
		}
		catch (RuleViolationException ex) {
			return back(id, ex.messageKey(), redirect);
		}
		catch (ConflictException ex) {
			return back(id, ex.messageKey(), redirect);
		}
	}

	private static String back(UUID id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute(messageKey.startsWith("sessionsPage.done.") ? "done" : "problem", messageKey);
		return "redirect:/sessions/" + id;
	}

	private SessionLine line(SessionView s, CurrentUser me, String who) {
		return SessionLine.of(s, me, who, this.words, this.clock.instant());
	}

	private Map<UUID, String> names(CurrentUser therapist) {
		if (!therapist.isTherapist()) {
			return Collections.emptyMap();
		}
		return this.links.clients(therapist)
			.stream()
			.collect(Collectors.toMap(LinkedClient::id, LinkedClient::displayName, (a, b) -> a));
	}

}
