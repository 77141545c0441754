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
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export is valid FHIR R4 as HAPI's validator sees it, checked against the base
 * specification, our code systems and the Questionnaires the responses name (our
 * rendering of the LOINC forms, and the self-reliance check's own), and carries the
 * elements US Core asks of a screening assessment.
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
		StoredResponse response = response(instrument, UUID.randomUUID());

		String json = export.bundleJson(response, Locale.ENGLISH);
		assertValid(json);

		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		QuestionnaireResponse questionnaireResponse = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		assertThat(questionnaireResponse.getItem()).hasSize(instrument.items());
		assertThat(questionnaireResponse.getQuestionnaire()).isEqualTo(FhirExport.questionnaireUrl(instrument));
		Observation total = (Observation) bundle.getEntry().get(1).getResource();
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(response.score());
		assertThat(total.getCode().getCoding().stream().map((c) -> c.getCode()).toList())
			.isEqualTo(instrument.loinc().stream().toList());
		assertThat(total.getCode().getText()).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(value = Instrument.class, names = { "PHQ9", "GAD7" })
	void aLoincInstrumentNamesTheLoincFormAndAnswersWithLoincCodes(Instrument instrument) {
		Bundle bundle = export.bundle(response(instrument, UUID.randomUUID()), Locale.ENGLISH);
		QuestionnaireResponse answers = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();

		assertThat(answers.getQuestionnaire())
			.isEqualTo((instrument == Instrument.PHQ9) ? "http://loinc.org/q/44249-1" : "http://loinc.org/q/69737-5");
		assertThat(answers.getItem().get(0).getLinkId())
			.isEqualTo((instrument == Instrument.PHQ9) ? "/44250-9" : "/69725-0");
		assertThat(answers.getItem()).allSatisfy((item) -> {
			Coding answer = item.getAnswerFirstRep().getValueCoding();
			assertThat(answer.getSystem()).isEqualTo("http://loinc.org");
			assertThat(answer.getCode()).isIn("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
		});
		// answers are i % 4: 0, 1, 2, 3, 0 …, each with its LOINC code, display and value
		List<String> codes = answers.getItem()
			.stream()
			.map((i) -> i.getAnswerFirstRep().getValueCoding().getCode())
			.toList();
		assertThat(codes.subList(0, 4)).containsExactly("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
		List<String> displays = answers.getItem()
			.stream()
			.limit(4)
			.map((i) -> i.getAnswerFirstRep().getValueCoding().getDisplay())
			.toList();
		assertThat(displays).containsExactly("Not at all", "Several days", "More than half the days",
				"Nearly every day");
		assertThat(answers.getItem()
			.get(3)
			.getAnswerFirstRep()
			.getValueCoding()
			.getExtensionByUrl(FhirExport.ORDINAL_VALUE)
			.getValue()
			.primitiveValue()).isEqualTo("3");
	}

	@ParameterizedTest
	@EnumSource(Instrument.class)
	void everyResponseAndTotalHasASubjectAnAuthorAndANarrative(Instrument instrument) {
		UUID client = UUID.randomUUID();
		Bundle bundle = export.bundle(response(instrument, client), Locale.ENGLISH);

		assertThat(bundle.getEntry()).hasSize(3);
		Bundle.BundleEntryComponent patientEntry = bundle.getEntry().get(2);
		Patient patient = (Patient) patientEntry.getResource();
		assertThat(patient.getIdentifier()).singleElement().satisfies((identifier) -> {
			assertThat(identifier.getSystem()).isEqualTo(FhirExport.PERSON_ID_SYSTEM);
			assertThat(identifier.getValue()).isEqualTo(client.toString());
		});
		assertThat(patient.getName()).isEmpty();
		assertThat(patient.getTelecom()).isEmpty();
		assertThat(patient.hasGender()).isFalse();
		assertThat(patient.hasBirthDate()).isFalse();
		assertThat(patient.hasAddress()).isFalse();
		assertThat(patient.hasText()).isFalse();

		QuestionnaireResponse answers = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		Observation total = (Observation) bundle.getEntry().get(1).getResource();
		assertThat(answers.getSubject().getReference()).isEqualTo(patientEntry.getFullUrl());
		assertThat(answers.getAuthor().getReference()).isEqualTo(patientEntry.getFullUrl());
		assertThat(total.getSubject().getReference()).isEqualTo(patientEntry.getFullUrl());
		assertThat(total.getPerformer()).singleElement()
			.satisfies((performer) -> assertThat(performer.getReference()).isEqualTo(patientEntry.getFullUrl()));
		for (DomainResource resource : List.<DomainResource>of(answers, total)) {
			assertThat(resource.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
			assertThat(resource.getText().getDivAsString())
				.contains(Integer.toString(total.getValueIntegerType().getValue()))
				.contains("2026-11-22T10:15:00Z");
		}
	}

	@ParameterizedTest
	@EnumSource(value = Instrument.class, names = { "PHQ9", "GAD7" })
	void theBandIsTheInterpretation(Instrument instrument) {
		StoredResponse response = response(instrument, UUID.randomUUID());
		Bundle bundle = export.bundle(response, Locale.ENGLISH);
		Observation total = (Observation) bundle.getEntry().get(1).getResource();

		assertThat(total.getInterpretation()).singleElement().satisfies((interpretation) -> {
			assertThat(interpretation.getCodingFirstRep().getSystem()).isEqualTo(FhirExport.SEVERITY_URL);
			assertThat(interpretation.getCodingFirstRep().getCode()).isEqualTo(response.severity().name());
			assertThat(interpretation.getText()).isNotBlank();
		});
		assertThat(total.getText().getDivAsString()).contains(total.getInterpretationFirstRep().getText());
	}

	@org.junit.jupiter.api.Test
	void theSelfRelianceCheckKeepsItsOwnSystemAndSaysSo() {
		Bundle bundle = export.bundle(response(Instrument.SELF_RELIANCE, UUID.randomUUID()), Locale.ENGLISH);
		QuestionnaireResponse answers = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		Observation total = (Observation) bundle.getEntry().get(1).getResource();

		assertThat(answers.getQuestionnaire()).startsWith(FhirExport.BASE + "/Questionnaire/");
		assertThat(answers.getItem())
			.allSatisfy((item) -> assertThat(item.getAnswerFirstRep().getValueCoding().getSystem())
				.startsWith(FhirExport.BASE + "/CodeSystem/"));
		assertThat(total.getCode().getCoding()).isEmpty();
		assertThat(total.getInterpretation()).isEmpty();
		assertThat(answers.getText().getDivAsString()).contains("not a LOINC instrument");
		assertThat(total.getText().getDivAsString()).contains("not a LOINC instrument");
	}

	@org.junit.jupiter.api.Test
	void aBundleOfManyResponsesSharesOnePatient() {
		UUID client = UUID.randomUUID();
		List<StoredResponse> responses = List.of(response(Instrument.PHQ9, client), response(Instrument.GAD7, client),
				response(Instrument.SELF_RELIANCE, client));

		Bundle bundle = export.bundle(client, responses, Locale.ENGLISH);
		assertValid(FhirExport.json(bundle));

		assertThat(bundle.getEntry()).hasSize(7);
		List<Bundle.BundleEntryComponent> patients = bundle.getEntry()
			.stream()
			.filter((e) -> e.getResource() instanceof Patient)
			.toList();
		assertThat(patients).singleElement()
			.satisfies((e) -> assertThat(e.getFullUrl()).isEqualTo(FhirExport.patientUrl(client)));
		assertThat(bundle.getEntry()
			.stream()
			.map((e) -> e.getResource())
			.filter((r) -> r instanceof QuestionnaireResponse)
			.map((r) -> ((QuestionnaireResponse) r).getSubject().getReference()))
			.containsOnly(FhirExport.patientUrl(client));
		assertThat(export.bundle(responses.get(0), Locale.ENGLISH).getEntry().get(2).getFullUrl())
			.isEqualTo(FhirExport.patientUrl(client));
	}

	static StoredResponse response(Instrument instrument, UUID client) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < instrument.items(); i++) {
			answers.add(i % (instrument.maxAnswer() + 1));
		}
		Scoring.Result result = Scoring.score(instrument, answers);
		return new StoredResponse(UUID.randomUUID(), client, instrument, answers, result.score(), result.severity(),
				false, Instant.parse("2026-11-22T10:15:00Z"));
	}

	static void assertValid(String json) {
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
	}

	@org.junit.jupiter.api.Test
	void theValidatorChecksAnswersAgainstOurQuestionnaire() {
		List<Integer> answers = List.of(0, 0, 0, 0, 0, 0, 0);
		StoredResponse response = new StoredResponse(UUID.randomUUID(), UUID.randomUUID(), Instrument.GAD7, answers, 0,
				Severity.MINIMAL, false, Instant.parse("2026-11-22T10:15:00Z"));
		Bundle bundle = export.bundle(response, Locale.ENGLISH);
		QuestionnaireResponse questionnaireResponse = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		questionnaireResponse.getItem().get(0).getAnswerFirstRep().getValueCoding().setCode("LA9999-9");

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
