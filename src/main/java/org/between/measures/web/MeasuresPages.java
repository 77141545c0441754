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
import org.between.measures.Scoring;
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
 * The client's questionnaires ({@code /measures}) and a therapist's view of a linked
 * client's ({@code /clients/{id}/measures}). Plain forms that work without JavaScript; a
 * risk answer goes straight to the safety screen.
 */
@Controller
class MeasuresPages {

	private final Measures measures;

	private final MessageSource messages;

	private final Sharing sharing;

	private final SafetyNet safetyNet;

	MeasuresPages(Measures measures, MessageSource messages, Sharing sharing, SafetyNet safetyNet) {
		this.measures = measures;
		this.messages = messages;
		this.sharing = sharing;
		this.safetyNet = safetyNet;
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
		model.addAttribute("country", this.safetyNet.countryOf(me));
		model.addAttribute("definition", this.measures.definition(instrument(code).name(), locale));
		model.addAttribute("selected", Map.of());
		model.addAttribute("errors", List.of());
		addWhoSees(me, model);
		return "measures/answer";
	}

	@PostMapping("/measures/{code}/answer")
	String answer(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestParam MultiValueMap<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
		me.requireClient();
		model.addAttribute("country", this.safetyNet.countryOf(me));
		MeasureDefinition definition = this.measures.definition(instrument(code).name(), locale);
		Map<Integer, Integer> selected = new HashMap<>();
		List<Integer> answers = new ArrayList<>();
		Map<String, String> renames = new HashMap<>();
		for (int n = 1; n <= definition.items().size(); n++) {
			Integer value = parse(form.getFirst("q" + n));
			if (value != null) {
				selected.put(n, value);
			}
			answers.add(value);
			renames.put("answers[" + (n - 1) + "]", "q" + n);
		}
		RecordedResponse recorded;
		try {
			// The measures domain checks the answers (Scoring.problems); the page only
			// names each refused answer by its question.
			recorded = this.measures.respond(me, code, answers);
		}
		catch (InvalidInputException ex) {
			List<FormError> errors = FormProblems.of(ex, renames)
				.stream()
				.map((p) -> renames.containsValue(p.field()) ? p.field() : "q1")
				.distinct()
				.map((field) -> new FormError(field, Integer.parseInt(field.substring(1))))
				.toList();
			errors.forEach((e) -> selected.remove(e.number()));
			model.addAttribute("definition", definition);
			model.addAttribute("selected", selected);
			model.addAttribute("errors", errors);
			addWhoSees(me, model);
			return "measures/answer";
		}
		// Saved: the draft kept on the device (drafts.js) can go.
		redirect.addFlashAttribute("savedDraft", "measure." + definition.code());
		if (recorded.safety().triggered()) {
			return "redirect:" + SafetyNet.screenFor(recorded.safety(), recorded.id());
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
		// The measures domain decides: the same rule as the safety screen and the API.
		model.addAttribute("riskAnswer", Scoring.isRiskAnswer(instrument, response.answers()));
		model.addAttribute("severeWithoutRisk",
				Scoring.needsSupportWithoutRisk(instrument, response.answers(), response.severity()));
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

	static Integer parse(String value) {
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
