package org.between.absences.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.absences.Absence;
import org.between.absences.Absence.Phase;
import org.between.absences.AbsenceNoticeException;
import org.between.absences.Absences;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.RuleViolationException;
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
 * {@code /absences} (therapists): announce time away, see it now, coming and past, and
 * withdraw what has not begun after a confirmation step. Plain forms, Post/Redirect/Get.
 * A client is sent home, where their card shows their therapist's time away.
 */
@Controller
class AbsencesPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Absences absences;

	private final ClientLinks links;

	private final Clock clock;

	AbsencesPages(Absences absences, ClientLinks links, Clock clock) {
		this.absences = absences;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/absences")
	String page(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!me.isTherapist()) {
			return "redirect:/";
		}
		model.addAttribute("form", new AnnounceForm());
		return render(me, model);
	}

	@PostMapping("/absences")
	String announce(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") AnnounceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("announced", this.absences.announce(me, form.toRequest()));
			return "redirect:/absences";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
		}
		catch (AbsenceNoticeException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), new Object[] { DAY.format(ex.earliest()), ex.noticeDays() },
					null);
		}
		return render(me, model);
	}

	@GetMapping("/absences/{absenceId}/withdraw")
	String confirmWithdrawal(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId, Model model) {
		me.requireTherapist();
		model.addAttribute("absence", this.absences.get(me, absenceId));
		return "absences/withdraw";
	}

	@PostMapping("/absences/{absenceId}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("withdrawal", this.absences.withdraw(me, absenceId));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/absences";
	}

	private String render(CurrentUser me, Model model) {
		Instant now = this.clock.instant();
		Map<Phase, List<Absence>> byPhase = this.absences.ofTherapist(me)
			.stream()
			.collect(Collectors.groupingBy((a) -> a.phase(now)));
		model.addAttribute("current", byPhase.getOrDefault(Phase.NOW, List.of()));
		model.addAttribute("upcoming",
				byPhase.getOrDefault(Phase.UPCOMING, List.of())
					.stream()
					.sorted(Comparator.comparing(Absence::startDate))
					.toList());
		model.addAttribute("past", byPhase.getOrDefault(Phase.PAST, List.of()));
		model.addAttribute("withdrawn", byPhase.getOrDefault(Phase.WITHDRAWN, List.of()));
		model.addAttribute("colleagues", this.links.colleagues(me));
		model.addAttribute("noticeDays", this.absences.noticeDays());
		model.addAttribute("earliestWithNotice", this.absences.earliestWithNotice(me));
		return "absences/therapist";
	}

}
