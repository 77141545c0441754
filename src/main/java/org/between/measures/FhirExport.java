package org.between.measures;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a response as an HL7 FHIR R4 Bundle of type {@code collection}: the
 * QuestionnaireResponse with every answer, and an Observation of the total score coded
 * with LOINC (44261-6 PHQ-9, 70274-6 GAD-7). The self-reliance check has no LOINC code:
 * its Observation carries a text-only code and a note that it is not a validated
 * instrument, so the export holds the same number the client saw without passing it off
 * as a coded clinical score.
 */
@Component
class FhirExport {

	/**
	 * Canonical base of Between's own FHIR definitions; {@code .example} is a reserved
	 * top-level domain, so the URLs are identifiers that nobody else owns.
	 */
	static final String BASE = "https://between.example/fhir";

	static final String LOINC = "http://loinc.org";

	static final String QUESTIONNAIRE_VERSION = "1";

	private final MessageSource messages;

	FhirExport(MessageSource messages) {
		this.messages = messages;
	}

	/** Created on first use only: building a FhirContext takes seconds. */
	static FhirContext context() {
		return LazyContext.CONTEXT;
	}

	String bundleJson(StoredResponse response, Locale locale) {
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(response, locale));
	}

	/**
	 * Every response in one Bundle of type {@code collection} (the data export's
	 * {@code measures.fhir.json}): the entries of each response's own Bundle, an entry
	 * that several share (the same {@code fullUrl}) once.
	 */
	String bundleOfAllJson(UUID person, List<StoredResponse> responses, Locale locale) {
		Bundle all = new Bundle();
		all.setType(Bundle.BundleType.COLLECTION);
		all.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
			.setValue("urn:uuid:" + UUID.nameUUIDFromBytes(("export:" + person).getBytes(StandardCharsets.UTF_8))));
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (StoredResponse response : responses) {
			for (Bundle.BundleEntryComponent entry : bundle(response, locale).getEntry()) {
				if (seen.add(entry.getFullUrl())) {
					all.addEntry(entry);
				}
			}
			all.setTimestamp(Date.from(response.answeredAt()));
		}
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(all);
	}

	Bundle bundle(StoredResponse response, Locale locale) {
		Instrument instrument = response.instrument();
		Date authored = Date.from(response.answeredAt());
		String responseUrl = "urn:uuid:" + response.id();
		String observationUrl = "urn:uuid:"
				+ UUID.nameUUIDFromBytes(("observation:" + response.id()).getBytes(StandardCharsets.UTF_8));

		QuestionnaireResponse answers = new QuestionnaireResponse();
		answers.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(responseUrl));
		answers.setQuestionnaire(questionnaireUrl(instrument));
		answers.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		answers.setAuthored(authored);
		for (int i = 0; i < response.answers().size(); i++) {
			int value = response.answers().get(i);
			answers.addItem()
				.setLinkId(Integer.toString(i + 1))
				.setText(itemText(instrument, i + 1, locale))
				.addAnswer()
				.setValue(answerCoding(instrument, value, locale));
		}

		Observation total = new Observation();
		total.setStatus(Observation.ObservationStatus.FINAL);
		total.addCategory(new CodeableConcept()
			.addCoding(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
		CodeableConcept code = new CodeableConcept().setText(text(instrument.messagePrefix() + ".total", locale));
		instrument.loinc()
			.ifPresent((loinc) -> code
				.addCoding(new Coding(LOINC, loinc, text(instrument.messagePrefix() + ".loinc", Locale.ROOT))));
		total.setCode(code);
		total.setEffective(new DateTimeType(authored));
		total.setIssued(authored);
		total.setValue(new IntegerType(response.score()));
		total.addDerivedFrom(new Reference(responseUrl));
		if (instrument.loinc().isEmpty()) {
			total.addNote().setText(text("measures.selfreliance.notValidated", locale));
		}

		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(authored);
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + response.id()));
		entry(bundle, responseUrl, answers);
		entry(bundle, observationUrl, total);
		return bundle;
	}

	/**
	 * Between's Questionnaire for an instrument, as the exported responses refer to it.
	 */
	Questionnaire questionnaire(Instrument instrument, Locale locale) {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setUrl(questionnaireUrl(instrument));
		questionnaire.setVersion(QUESTIONNAIRE_VERSION);
		questionnaire.setName(instrument.name());
		questionnaire.setTitle(text(instrument.messagePrefix() + ".title", locale));
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		questionnaire.addSubjectType("Patient");
		if (instrument != Instrument.SELF_RELIANCE) {
			questionnaire.setCopyright(text("measures.copyright", locale));
		}
		IntStream.rangeClosed(1, instrument.items()).forEach((n) -> {
			Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem()
				.setLinkId(Integer.toString(n))
				.setText(itemText(instrument, n, locale))
				.setType(Questionnaire.QuestionnaireItemType.CHOICE)
				.setRequired(true);
			IntStream.rangeClosed(0, instrument.maxAnswer())
				.forEach((v) -> item.addAnswerOption().setValue(answerCoding(instrument, v, locale)));
		});
		return questionnaire;
	}

	/** The code systems of the answer scales (frequency 0–3, self-reliance 0–4). */
	List<CodeSystem> codeSystems(Locale locale) {
		return List.of(codeSystem(Instrument.PHQ9, locale), codeSystem(Instrument.SELF_RELIANCE, locale));
	}

	static String questionnaireUrl(Instrument instrument) {
		return BASE + "/Questionnaire/" + instrument.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String scaleUrl(Instrument instrument) {
		return BASE + "/CodeSystem/" + ((instrument.maxAnswer() == 3) ? "frequency" : "self-reliance-agreement");
	}

	private CodeSystem codeSystem(Instrument instrument, Locale locale) {
		CodeSystem system = new CodeSystem();
		system.setUrl(scaleUrl(instrument));
		system.setVersion(QUESTIONNAIRE_VERSION);
		system.setName((instrument.maxAnswer() == 3) ? "Frequency" : "SelfRelianceAgreement");
		system.setStatus(PublicationStatus.ACTIVE);
		system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		IntStream.rangeClosed(0, instrument.maxAnswer())
			.forEach((v) -> system.addConcept()
				.setCode(Integer.toString(v))
				.setDisplay(optionText(instrument, v, locale)));
		return system;
	}

	private Coding answerCoding(Instrument instrument, int value, Locale locale) {
		return new Coding(scaleUrl(instrument), Integer.toString(value), optionText(instrument, value, locale));
	}

	private String optionText(Instrument instrument, int value, Locale locale) {
		String scale = (instrument.maxAnswer() == 3) ? "measures.frequency." : "measures.selfreliance.option.";
		return text(scale + value, locale);
	}

	private String itemText(Instrument instrument, int number, Locale locale) {
		return text(instrument.messagePrefix() + ".item." + number, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static void entry(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	private static final class LazyContext {

		static final FhirContext CONTEXT = FhirContext.forR4();

	}

}
