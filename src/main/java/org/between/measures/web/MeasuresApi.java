package org.between.measures.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.measures.Measures;
import org.between.measures.Measures.ClientMeasures;
import org.between.measures.Measures.MeasureDefinition;
import org.between.measures.Measures.RecordedResponse;
import org.between.measures.Measures.ResponseView;
import org.between.measures.Measures.ScheduleRequest;
import org.between.measures.Measures.ScheduleView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "measures". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "measures")
class MeasuresApi {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final Measures measures;

	MeasuresApi(Measures measures) {
		this.measures = measures;
	}

	@GetMapping("/measures")
	@Operation(summary = "The questionnaires: PHQ-9, GAD-7 and the self-reliance check, with items and options")
	List<MeasureDefinition> definitions(Locale locale) {
		return this.measures.definitions(locale);
	}

	@PostMapping("/measures/{code}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer a questionnaire (clients); safety.triggered says whether the safety screen is next")
	RecordedResponse respond(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestBody NewResponse body) {
		return this.measures.respond(me, code, body.answers());
	}

	@GetMapping("/measures/{code}/responses")
	@Operation(summary = "Your responses to a questionnaire, newest first, each with its reliable change")
	List<ResponseView> history(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String before) {
		return this.measures.history(me, code, limit, before);
	}

	@GetMapping("/measures/responses/{id}")
	@Operation(summary = "One response: your own, or a linked client's (therapists; audited)")
	ResponseView response(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.measures.response(me, id);
	}

	@GetMapping("/measures/responses/{id}/fhir")
	@Operation(summary = "One response as an HL7 FHIR R4 Bundle (collection): QuestionnaireResponse and Observation")
	ResponseEntity<String> fhir(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(this.measures.fhirBundle(me, id));
	}

	@PutMapping("/clients/{clientId}/measure-schedule")
	@Operation(summary = "Ask a linked client to answer a questionnaire every so many days (therapists)")
	ScheduleView schedule(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody ScheduleRequest body) {
		return this.measures.schedule(me, clientId, body);
	}

	@DeleteMapping("/clients/{clientId}/measure-schedule/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop asking a linked client to answer a questionnaire (therapists)")
	void unschedule(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, @PathVariable String code) {
		this.measures.unschedule(me, clientId, code);
	}

	@GetMapping("/clients/{clientId}/measures")
	@Operation(summary = "A linked client's questionnaires, schedules and histories (therapists; audited)")
	ClientMeasures clientMeasures(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Locale locale) {
		return this.measures.clientMeasures(me, clientId, locale);
	}

	/** {@code {answers: [int…]}}; each answer is the number of the chosen option. */
	record NewResponse(List<Integer> answers) {
	}

}
