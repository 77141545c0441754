package org.between.measures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export is valid FHIR R4 as HAPI's validator sees it, checked against the base
 * specification, our answer code systems and our Questionnaires.
 */
class FhirExportTests {

	static FhirExport export;

	static FhirValidator validator;

	@BeforeAll
	static void validator() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		export = new FhirExport(messages);
		FhirContext context = FhirExport.context();
		PrePopulatedValidationSupport codeSystems = new PrePopulatedValidationSupport(context);
		export.codeSystems(Locale.ENGLISH).forEach(codeSystems::addCodeSystem);
		Map<String, Questionnaire> questionnaires = new java.util.HashMap<>();
		for (Instrument instrument : Instrument.values()) {
			Questionnaire questionnaire = export.questionnaire(instrument, Locale.ENGLISH);
			questionnaires.put(questionnaire.getUrl(), questionnaire);
		}
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new InMemoryTerminologyServerValidationSupport(context),
				new CommonCodeSystemsTerminologyService(context), codeSystems,
				new Questionnaires(context, questionnaires));
		validator = context.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain));
	}

	@ParameterizedTest
	@EnumSource(Instrument.class)
	void theBundleIsValidFhirR4(Instrument instrument) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < instrument.items(); i++) {
			answers.add(i % (instrument.maxAnswer() + 1));
		}
		Scoring.Result result = Scoring.score(instrument, answers);
		StoredResponse response = new StoredResponse(UUID.randomUUID(), UUID.randomUUID(), instrument, answers,
				result.score(), result.severity(), false, Instant.parse("2026-11-22T10:15:00Z"));

		String json = export.bundleJson(response, Locale.ENGLISH);
		ValidationResult validation = validator.validateWithResult(json);

		List<SingleValidationMessage> errors = validation.getMessages()
			.stream()
			.filter((m) -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
		assertThat(errors)
			.as(() -> errors.stream()
				.map((m) -> m.getLocationString() + ": " + m.getMessage())
				.collect(Collectors.joining("\n")))
			.isEmpty();

		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		QuestionnaireResponse questionnaireResponse = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		assertThat(questionnaireResponse.getItem()).hasSize(instrument.items());
		assertThat(questionnaireResponse.getQuestionnaire()).isEqualTo(FhirExport.questionnaireUrl(instrument));
		Observation total = (Observation) bundle.getEntry().get(1).getResource();
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(result.score());
		assertThat(total.getCode().getCoding().stream().map((c) -> c.getCode()).toList())
			.isEqualTo(instrument.loinc().stream().toList());
		assertThat(total.getCode().getText()).isNotBlank();
	}

	@org.junit.jupiter.api.Test
	void theValidatorChecksAnswersAgainstOurQuestionnaire() {
		List<Integer> answers = List.of(0, 0, 0, 0, 0, 0, 0);
		StoredResponse response = new StoredResponse(UUID.randomUUID(), UUID.randomUUID(), Instrument.GAD7, answers, 0,
				Severity.MINIMAL, false, Instant.parse("2026-11-22T10:15:00Z"));
		Bundle bundle = export.bundle(response, Locale.ENGLISH);
		QuestionnaireResponse questionnaireResponse = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		questionnaireResponse.getItem().get(0).getAnswerFirstRep().getValueCoding().setCode("9");

		ValidationResult validation = validator.validateWithResult(bundle);

		assertThat(validation.getMessages()).anyMatch((m) -> m.getSeverity() == ResultSeverityEnum.ERROR);
	}

	/** Resolves our Questionnaires by canonical URL (with or without a version). */
	record Questionnaires(FhirContext context, Map<String, Questionnaire> byUrl) implements IValidationSupport {

		@Override
		public FhirContext getFhirContext() {
			return this.context;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
			String url = (uri != null && uri.contains("|")) ? uri.substring(0, uri.indexOf('|')) : uri;
			Questionnaire questionnaire = this.byUrl.get(url);
			if (questionnaire != null && (type == null || type.isInstance(questionnaire))) {
				return (T) questionnaire;
			}
			return null;
		}

		@Override
		public List<IBaseResource> fetchAllConformanceResources() {
			return new ArrayList<>(this.byUrl.values());
		}

	}

}
