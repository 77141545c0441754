package org.between.checkin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.checkin.CheckinView;
import org.between.checkin.Checkins;
import org.between.checkin.Emotion;
import org.between.checkin.RecordedCheckin;
import org.between.checkin.TurnedTo;
import org.between.checkin.Urge;
import org.between.safety.SafetyNet;
import org.between.shared.InvalidInputException;
import org.between.shared.RuleViolationException;
import org.between.shared.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /checkin} (the form), {@code /checkin/{id}} (what was saved; "Saved." right
 * after saving) and {@code /checkin/history} (list, charts, table). Plain forms that work
 * without JavaScript; a check-in over a safety threshold goes straight to the safety
 * screen.
 */
@Controller
class CheckinPages {

	/** The periods the history page offers, in days. */
	static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

	static final int DEFAULT_PERIOD = 30;

	/**
	 * The name of the form's draft on the device (after {@code between.draft.<user>.}).
	 */
	static final String DRAFT = "checkin";

	private final Checkins checkins;

	private final SafetyNet safetyNet;

	private final MessageSource messages;

	private final Clock clock;

	private final Sharing sharing;

	CheckinPages(Checkins checkins, Sharing sharing, SafetyNet safetyNet, MessageSource messages, Clock clock) {
		this.sharing = sharing;
		this.checkins = checkins;
		this.safetyNet = safetyNet;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/checkin")
	String form(@AuthenticationPrincipal CurrentUser me, Model model) {
		me.requireClient();
		return formPage(me, CheckinForm.empty(this.clock.instant(), me.zone()), List.of(), model);
	}

	@PostMapping("/checkin")
	String save(@AuthenticationPrincipal CurrentUser me, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		me.requireClient();
		CheckinForm form = CheckinForm.of(params);
		CheckinForm.Submission submission = form.submission(me.zone());
		RecordedCheckin recorded;
		try {
			recorded = this.checkins.record(me, submission.checkin());
		}
		catch (InvalidInputException ex) {
			return formPage(me, form, errors(ex, submission.actionAnchors()), model);
		}
		// Saved: the draft kept on the device (drafts.js) can go.
		redirect.addFlashAttribute("savedDraft", DRAFT);
		if (recorded.safety().triggered()) {
			return "redirect:" + SafetyNet.screenFor(recorded.safety());
		}
		return "redirect:/checkin/" + recorded.id() + "?saved=true";
	}

	@GetMapping("/checkin/{id}")
	String saved(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean saved, Model model) {
		me.requireClient();
		// Right after saving the page says "Saved."; later it is simply the check-in.
		model.addAttribute("saved", saved);
		CheckinView checkin = this.checkins.find(me, id);
		model.addAttribute("checkin", checkin);
		model.addAttribute("correctable", this.checkins.isCorrectable(me, checkin));
		model.addAttribute("suggestions", this.checkins.suggestedSkills(me, checkin));
		model.addAttribute("skillNames", skillNames(me));
		return "checkin/saved";
	}

	@GetMapping("/checkin/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		me.requireClient();
		CheckinView checkin = this.checkins.find(me, id);
		if (!this.checkins.isCorrectable(me, checkin)) {
			return "redirect:/checkin/" + id + "?closed=true";
		}
		model.addAttribute("editing", id);
		return formPage(me, CheckinForm.of(checkin, me.zone()), List.of(), model);
	}

	/**
	 * Saves a correction. A correction to a risk answer goes to the safety screen exactly
	 * as a new check-in does.
	 */
	@PostMapping("/checkin/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		me.requireClient();
		CheckinForm form = CheckinForm.of(params);
		CheckinForm.Submission submission = form.correction(me.zone());
		RecordedCheckin recorded;
		try {
			recorded = this.checkins.change(me, id, submission.checkin());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("editing", id);
			return formPage(me, form, errors(ex, submission.actionAnchors()), model);
		}
		catch (RuleViolationException ex) {
			return "redirect:/checkin/" + id + "?closed=true";
		}
		if (recorded.safety().triggered()) {
			return "redirect:" + SafetyNet.screenFor(recorded.safety());
		}
		return "redirect:/checkin/" + recorded.id() + "?changed=true";
	}

	@GetMapping("/checkin/{id}/delete")
	String deleteForm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		me.requireClient();
		CheckinView checkin = this.checkins.find(me, id);
		if (!this.checkins.isCorrectable(me, checkin)) {
			return "redirect:/checkin/" + id + "?closed=true";
		}
		model.addAttribute("checkin", checkin);
		model.addAttribute("skillNames", skillNames(me));
		return "checkin/delete";
	}

	@PostMapping("/checkin/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		me.requireClient();
		try {
			this.checkins.delete(me, id);
		}
		catch (RuleViolationException ex) {
			return "redirect:/checkin/" + id + "?closed=true";
		}
		return "redirect:/checkin/history?deleted=true";
	}

	@GetMapping("/checkin/history")
	String history(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer days, Locale locale,
			Model model) {
		me.requireClient();
		int period = (days != null && PERIODS.contains(days)) ? days : DEFAULT_PERIOD;
		Instant now = this.clock.instant();
		// The period and the one before it, for the summaries that compare the two.
		List<CheckinView> recent = this.checkins.since(me, now.minus(Duration.ofDays(2L * period)));
		model.addAttribute("history", CheckinHistory.of(recent, period, now, me.zone(), locale, this.messages));
		model.addAttribute("period", period);
		model.addAttribute("periods", PERIODS);
		model.addAttribute("watchedUrges", CheckinHistory.WATCHED);
		model.addAttribute("skillNames", skillNames(me));
		return "checkin/history";
	}

	private String formPage(CurrentUser me, CheckinForm form, List<FormError> errors, Model model) {
		Instant now = this.clock.instant();
		ZoneId zone = me.zone();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		// Sent with the form, so that it still shows the right crisis lines when it
		// arrives after the sign-in has ended.
		model.addAttribute("country", this.safetyNet.countryOf(me));
		Map<String, String> errorAt = new LinkedHashMap<>();
		errors.forEach((e) -> errorAt.putIfAbsent(e.anchor(), e.messageKey()));
		model.addAttribute("errorAt", errorAt);
		model.addAttribute("scale", IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("urgeScale", IntStream.rangeClosed(0, Urge.MAX).boxed().toList());
		model.addAttribute("emotions", Emotion.values());
		model.addAttribute("urges", Urge.values());
		model.addAttribute("turnedTo", TurnedTo.values());
		model.addAttribute("people", Arrays.stream(TurnedTo.values()).filter(TurnedTo::isSomeone).toList());
		model.addAttribute("skills", this.checkins.skillChoices(me));
		model.addAttribute("whenMin",
				CheckinForm.local(now.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)), zone));
		model.addAttribute("whenMax", CheckinForm.local(now, zone));
		// What the therapist will see of this check-in, said next to the urges.
		model.addAttribute("sharingLinked", this.sharing.linked(me));
		model.addAttribute("sharing", this.sharing.mine(me));
		return "checkin/form";
	}

	/** Skill names by id, to name the skills in "what I did". */
	private Map<UUID, String> skillNames(CurrentUser me) {
		Map<UUID, String> names = new HashMap<>();
		this.checkins.skillChoices(me).forEach((s) -> names.put(s.id(), s.name()));
		return names;
	}

	/**
	 * Each problem with the link target on the page: the first choice of a group, or the
	 * control of the action that has the mistake.
	 */
	private static List<FormError> errors(InvalidInputException ex, List<String> actionAnchors) {
		return FormProblems.of(ex, (field) -> anchor(field, actionAnchors))
			.stream()
			.map((p) -> new FormError(p.field(), p.messageKey()))
			.toList();
	}

	static String anchor(String field, List<String> actionAnchors) {
		if (field.equals("at")) {
			return "when";
		}
		if (field.equals("mood") || field.equals("distress")) {
			return field + "-0";
		}
		if (field.startsWith("emotions")) {
			return "emotion-" + Emotion.values()[0].name();
		}
		if (field.startsWith("urges.")) {
			return "urge-" + field.substring("urges.".length()) + "-0";
		}
		if (field.equals("firstTurnedTo")) {
			return "turned-none";
		}
		if (field.startsWith("actions[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring("actions[".length(), end));
				if (index < actionAnchors.size()) {
					return actionAnchors.get(index);
				}
			}
			catch (RuntimeException ex) {
				// Falls through to the group.
			}
			return "actions";
		}
		return field;
	}

	/** A mistake: the id of the control to jump to and the key of its message. */
	record FormError(String anchor, String messageKey) {
	}

}
