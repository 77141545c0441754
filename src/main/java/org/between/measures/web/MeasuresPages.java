package org.between.measures.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.measures.Instrument;
import org.between.measures.Severity;
import org.between.measures.Measures;
import org.between.measures.Measures.ClientMeasures;
import org.between.measures.Measures.MeasureDefinition;
import org.between.measures.Measures.MeasureSummary;
import org.between.measures.Measures.RecordedResponse;
import org.between.measures.Measures.ResponseView;
import org.between.measures.Measures.ScheduleRequest;
import org.between.safety.SafetyNet;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
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
 * The client's questionnaires ({@code /measures}) and a therapist's view of a linked
 * client's ({@code /clients/{id}/measures}). Plain forms that work without JavaScript; a
 * risk answer goes straight to the safety screen.
 */
@Controller
class MeasuresPages {

	private final Measures measures;

	private final MessageSource messages;

	private final Sharing sharing;

	MeasuresPages(Measures measures, MessageSource messages, Sharing sharing) {
		this.measures = measures;
		this.messages = messages;
		this.sharing = sharing;
	}

	@GetMapping("/measures")
	String overview(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
		me.requireClient();
		model.addAttribute("measures", this.measures.overview(me, locale));
		return "measures/index";
	}

	@GetMapping("/measures/{code}")
	String measure(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Locale locale, Model model) {
		me.requireClient();
		Instrument instrument = instrument(code);
		MeasureSummary summary = this.measures.overview(me, locale)
			.stream()
			.filter((m) -> m.code().equals(instrument.name()))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		addHistory(model, instrument, summary, me, locale);
		model.addAttribute("definition", this.measures.definition(instrument.name(), locale));
		return "measures/measure";
	}

	@GetMapping("/measures/{code}/answer")
	String form(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Locale locale, Model model) {
		me.requireClient();
		model.addAttribute("definition", this.measures.definition(instrument(code).name(), locale));
		model.addAttribute("selected", Map.of());
		model.addAttribute("errors", List.of());
		addWhoSees(me, model);
		return "measures/answer";
	}

	@PostMapping("/measures/{code}/answer")
	String answer(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
		me.requireClient();
		MeasureDefinition definition = this.measures.definition(instrument(code).name(), locale);
		Map<Integer, Integer> selected = new HashMap<>();
		List<Integer> answers = new ArrayList<>();
		List<FormError> errors = new ArrayList<>();
		for (int n = 1; n <= definition.items().size(); n++) {
			Integer value = parse(form.getFirst("q" + n));
			if (value == null || value < 0 || value >= definition.items().get(n - 1).options().size()) {
				errors.add(new FormError("q" + n, n));
			}
			else {
				selected.put(n, value);
			}
			answers.add(value);
		}
		if (!errors.isEmpty()) {
			model.addAttribute("definition", definition);
			model.addAttribute("selected", selected);
			model.addAttribute("errors", errors);
			addWhoSees(me, model);
			return "measures/answer";
		}
		RecordedResponse recorded;
		try {
			recorded = this.measures.respond(me, code, answers);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("definition", definition);
			model.addAttribute("selected", selected);
			model.addAttribute("errors", List.of(new FormError("q1", 1)));
			addWhoSees(me, model);
			return "measures/answer";
		}
		if (recorded.safety().triggered()) {
			return "redirect:" + SafetyNet.screenFor(recorded.safety());
		}
		return "redirect:/measures/responses/" + recorded.id();
	}

	@GetMapping("/measures/responses/{id}")
	String result(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Locale locale, Model model) {
		me.requireClient();
		ResponseView response = this.measures.response(me, id);
		model.addAttribute("response", response);
		model.addAttribute("definition", this.measures.definition(response.code(), locale));
		Instrument instrument = instrument(response.code());
		model.addAttribute("band",
				response.severity() == null ? null
						: instrument.bands()
							.stream()
							.filter((b) -> b.severity() == response.severity())
							.findFirst()
							.orElse(null));
		boolean riskAnswer = instrument == Instrument.PHQ9 && response.answers().get(8) > 0;
		model.addAttribute("riskAnswer", riskAnswer);
		// A severe depression score with item 9 at 0 is no risk trigger, yet nobody
		// should
		// read "severe" without support beside it.
		model.addAttribute("severeWithoutRisk", !riskAnswer && response.severity() == Severity.SEVERE);
		return "measures/result";
	}

	@GetMapping("/clients/{clientId}/measures")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Locale locale, Model model) {
		ClientMeasures client = this.measures.clientMeasuresOrSchedules(me, clientId, locale);
		model.addAttribute("client", client);
		List<Map<String, Object>> sections = new ArrayList<>();
		for (MeasureSummary summary : client.measures()) {
			Instrument instrument = instrument(summary.code());
			sections.add(Map.of("summary", summary, "definition", this.measures.definition(instrument.name(), locale),
					"chart",
					MeasureChart.of(instrument, summary.responses(), me.zone(), locale, this.messages).json()));
		}
		model.addAttribute("sections", sections);
		return "measures/client";
	}

	@PostMapping("/clients/{clientId}/measures/schedule")
	String schedule(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestParam(required = false) String code, @RequestParam(required = false) String everyDays,
			RedirectAttributes redirect) {
		try {
			this.measures.schedule(me, clientId, new ScheduleRequest(code, parse(everyDays)));
			redirect.addFlashAttribute("saved", code);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("scheduleError", code);
		}
		return "redirect:/clients/" + clientId + "/measures#" + code;
	}

	@PostMapping("/clients/{clientId}/measures/schedule/{code}/stop")
	String stop(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, @PathVariable String code,
			RedirectAttributes redirect) {
		this.measures.unschedule(me, clientId, code);
		redirect.addFlashAttribute("stopped", code);
		return "redirect:/clients/" + clientId + "/measures#" + instrument(code).name();
	}

	/** What the client's therapist will see of these answers, said on the form. */
	private void addWhoSees(CurrentUser me, Model model) {
		model.addAttribute("sharingLinked", this.sharing.linked(me));
		model.addAttribute("sharing", this.sharing.mine(me));
	}

	private void addHistory(Model model, Instrument instrument, MeasureSummary summary, CurrentUser me, Locale locale) {
		model.addAttribute("summary", summary);
		model.addAttribute("chart",
				MeasureChart.of(instrument, summary.responses(), me.zone(), locale, this.messages).json());
	}

	private static Instrument instrument(String code) {
		return Instrument.fromCode(code).orElseThrow(NotFoundException::new);
	}

	private static Integer parse(String value) {
		if (value == null || value.isBlank() || value.length() > 4) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** An unanswered question: the field to link to and its number. */
	record FormError(String field, int number) {
	}

}
