package org.between.measures;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes responses as an HL7 FHIR R4 Bundle of type {@code collection}: per response the
 * QuestionnaireResponse with every answer and an Observation of the total score coded
 * with LOINC (44261-6 PHQ-9, 70274-6 GAD-7), and once per bundle the Patient they are
 * about.
 * <p>
 * The elements US Core asks of a screening assessment are there, without claiming its
 * profiles (the Patient carries no name, sex or birth date, on purpose): each resource
 * has a {@code subject} and an author (the client answered, so the
 * QuestionnaireResponse's {@code author} and the Observation's {@code performer} are the
 * Patient too); PHQ-9 and GAD-7 responses name the LOINC form as their
 * {@code questionnaire} ({@code
 * http://loinc.org/q/44249-1}, {@code http://loinc.org/q/69737-5}, the form LOINC and US
 * Core use), use the form's item codes as link ids and answer with the LOINC answer codes
 * LA6568-5, LA6569-3, LA6570-1 and LA6571-9 (each with its 0–3 value as {@code
 * ordinalValue}); the band is the Observation's {@code interpretation}; every resource
 * but the Patient has a short generated narrative.
 * <p>
 * The Patient holds the person's Between id as its only identifier and nothing else: a
 * receiver learns who it is from the person who hands the file over, not from the file.
 * <p>
 * The self-reliance check has no LOINC code: it keeps Between's own Questionnaire and
 * answer scale, its Observation carries a text-only code and a note that it is not a
 * validated instrument, and its narratives say it is not a LOINC instrument, so the
 * export holds the same number the client saw without passing it off as a coded clinical
 * score.
 * <p>
 * A bundle of many responses of one person ({@link #bundle(UUID, List, Locale)}) shares
 * one Patient entry; the per-response bundle is the same with one response.
 */
@Component
class FhirExport {

	/**
	 * Canonical base of Between's own FHIR definitions; {@code .example} is a reserved
	 * top-level domain, so the URLs are identifiers that nobody else owns.
	 */
	static final String BASE = "https://between.example/fhir";

	static final String LOINC = "http://loinc.org";

	/** The system of the person's Between id, the Patient's only identifier. */
	static final String PERSON_ID_SYSTEM = BASE + "/person-id";

	/** Between's code system of the published bands, the Observation's interpretation. */
	static final String SEVERITY_URL = BASE + "/CodeSystem/severity";

	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	static final String QUESTIONNAIRE_VERSION = "1";

	/** The LOINC answer codes of the frequency scale, by value 0–3. */
	static final List<String> FREQUENCY_ANSWERS = List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_INSTANT;

	private final MessageSource messages;

	FhirExport(MessageSource messages) {
		this.messages = messages;
	}

	/** Created on first use only: building a FhirContext takes seconds. */
	static FhirContext context() {
		return LazyContext.CONTEXT;
	}

	String bundleJson(StoredResponse response, Locale locale) {
		return json(bundle(response, locale));
	}

	static String json(Bundle bundle) {
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
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

	/** One response: its QuestionnaireResponse, its Observation, then the Patient. */
	Bundle bundle(StoredResponse response, Locale locale) {
		Bundle bundle = bundle(response.clientId(), List.of(response), locale);
		bundle.setTimestamp(Date.from(response.answeredAt()));
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + response.id()));
		return bundle;
	}

	/**
	 * All the given responses of one person: a QuestionnaireResponse and an Observation
	 * for each, in the given order, then one Patient entry that they all refer to.
	 */
	Bundle bundle(UUID clientId, List<StoredResponse> responses, Locale locale) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		String patientUrl = patientUrl(clientId);
		for (StoredResponse response : responses) {
			if (!response.clientId().equals(clientId)) {
				throw new IllegalArgumentException("a response of another person");
			}
			addResponse(bundle, response, patientUrl, locale);
		}
		entry(bundle, patientUrl, patient(clientId));
		return bundle;
	}

	/** The Patient: the person's Between id as its one identifier, nothing else. */
	static Patient patient(UUID clientId) {
		Patient patient = new Patient();
		patient.addIdentifier(new Identifier().setSystem(PERSON_ID_SYSTEM).setValue(clientId.toString()));
		return patient;
	}

	/** The Patient entry's full URL, the same in every bundle of that person. */
	static String patientUrl(UUID clientId) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("patient:" + clientId).getBytes(StandardCharsets.UTF_8));
	}

	private void addResponse(Bundle bundle, StoredResponse response, String patientUrl, Locale locale) {
		Instrument instrument = response.instrument();
		Date authored = Date.from(response.answeredAt());
		String responseUrl = "urn:uuid:" + response.id();
		String observationUrl = "urn:uuid:"
				+ UUID.nameUUIDFromBytes(("observation:" + response.id()).getBytes(StandardCharsets.UTF_8));
		String title = text(instrument.messagePrefix() + ".title", locale);
		String when = WHEN.format(response.answeredAt());
		Optional<String> band = band(response, locale);

		QuestionnaireResponse answers = new QuestionnaireResponse();
		answers.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(responseUrl));
		answers.setQuestionnaire(questionnaireUrl(instrument));
		answers.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		answers.setSubject(new Reference(patientUrl));
		answers.setAuthor(new Reference(patientUrl));
		answers.setAuthored(authored);
		answers.setText(narrative(text("measures.fhir.narrative.response", locale, title, when, response.score())
				+ bandSentence(band, locale) + ownInstrument(instrument, locale)));
		for (int i = 0; i < response.answers().size(); i++) {
			int value = response.answers().get(i);
			answers.addItem()
				.setLinkId(linkId(instrument, i + 1))
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
		total.setSubject(new Reference(patientUrl));
		total.addPerformer(new Reference(patientUrl));
		total.setEffective(new DateTimeType(authored));
		total.setIssued(authored);
		total.setValue(new IntegerType(response.score()));
		if (response.severity() != null && !instrument.bands().isEmpty()) {
			total.addInterpretation(new CodeableConcept(new Coding(SEVERITY_URL, response.severity().name(),
					text("measures.severity." + response.severity().name(), Locale.ROOT)))
				.setText(band.orElseThrow()));
		}
		total.addDerivedFrom(new Reference(responseUrl));
		total.setText(narrative(text("measures.fhir.narrative.total", locale, title, when, response.score())
				+ bandSentence(band, locale) + ownInstrument(instrument, locale)));
		if (instrument.loinc().isEmpty()) {
			total.addNote().setText(text("measures.selfreliance.notValidated", locale));
		}

		entry(bundle, responseUrl, answers);
		entry(bundle, observationUrl, total);
	}

	/** The band's name in the reader's language, as a clause: empty without bands. */
	private Optional<String> band(StoredResponse response, Locale locale) {
		if (response.severity() == null || response.instrument().bands().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(text("measures.severity." + response.severity().name(), locale));
	}

	private String bandSentence(Optional<String> band, Locale locale) {
		return band.map((name) -> " " + text("measures.fhir.narrative.band", locale, name)).orElse("");
	}

	private String ownInstrument(Instrument instrument, Locale locale) {
		return (loincForm(instrument).isPresent()) ? "" : " " + text("measures.fhir.narrative.notLoinc", locale);
	}

	/**
	 * Between's rendering of an instrument's Questionnaire, as the exported responses
	 * refer to it: for PHQ-9 and GAD-7 the LOINC form (its canonical URL, form code, item
	 * codes as link ids, LOINC answers), for the self-reliance check Between's own.
	 */
	Questionnaire questionnaire(Instrument instrument, Locale locale) {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setUrl(questionnaireUrl(instrument));
		questionnaire.setVersion(QUESTIONNAIRE_VERSION);
		questionnaire.setName(instrument.name());
		questionnaire.setTitle(text(instrument.messagePrefix() + ".title", locale));
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		questionnaire.addSubjectType("Patient");
		loincForm(instrument).ifPresent((form) -> {
			questionnaire.addCode(new Coding(LOINC, form.code(), null));
			questionnaire.setCopyright(text("measures.copyright", locale));
		});
		IntStream.rangeClosed(1, instrument.items()).forEach((n) -> {
			Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem()
				.setLinkId(linkId(instrument, n))
				.setText(itemText(instrument, n, locale))
				.setType(Questionnaire.QuestionnaireItemType.CHOICE)
				.setRequired(true);
			loincForm(instrument).ifPresent((form) -> item.addCode(new Coding(LOINC, form.items().get(n - 1), null)));
			IntStream.rangeClosed(0, instrument.maxAnswer())
				.forEach((v) -> item.addAnswerOption().setValue(answerCoding(instrument, v, locale)));
		});
		return questionnaire;
	}

	/** Between's code systems: the self-reliance answer scale (0–4) and the bands. */
	List<CodeSystem> codeSystems(Locale locale) {
		CodeSystem severity = new CodeSystem();
		severity.setUrl(SEVERITY_URL);
		severity.setVersion(QUESTIONNAIRE_VERSION);
		severity.setName("Severity");
		severity.setStatus(PublicationStatus.ACTIVE);
		severity.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		for (Severity band : Severity.values()) {
			severity.addConcept()
				.setCode(band.name())
				.setDisplay(text("measures.severity." + band.name(), Locale.ROOT));
		}
		return List.of(codeSystem(Instrument.SELF_RELIANCE, locale), severity);
	}

	/** The canonical URL of the Questionnaire a response of the instrument names. */
	static String questionnaireUrl(Instrument instrument) {
		return loincForm(instrument).map((form) -> LOINC + "/q/" + form.code())
			.orElseGet(() -> BASE + "/Questionnaire/" + instrument.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** The system of the answers: LOINC for the frequency scale, else Between's own. */
	static String scaleUrl(Instrument instrument) {
		return (loincForm(instrument).isPresent()) ? LOINC : BASE + "/CodeSystem/self-reliance-agreement";
	}

	/**
	 * Item {@code n} (from 1): the LOINC item code as LHC-Forms writes it, or the number.
	 */
	static String linkId(Instrument instrument, int n) {
		return loincForm(instrument).map((form) -> "/" + form.items().get(n - 1)).orElse(Integer.toString(n));
	}

	/** The LOINC form of an instrument: its panel code and its item codes in order. */
	static Optional<LoincForm> loincForm(Instrument instrument) {
		return switch (instrument) {
			case PHQ9 -> Optional.of(new LoincForm("44249-1", List.of("44250-9", "44255-8", "44259-0", "44254-1",
					"44251-7", "44258-2", "44252-5", "44253-3", "44260-8")));
			case GAD7 -> Optional.of(new LoincForm("69737-5",
					List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7")));
			case SELF_RELIANCE -> Optional.empty();
		};
	}

	record LoincForm(String code, List<String> items) {
	}

	private CodeSystem codeSystem(Instrument instrument, Locale locale) {
		CodeSystem system = new CodeSystem();
		system.setUrl(scaleUrl(instrument));
		system.setVersion(QUESTIONNAIRE_VERSION);
		system.setName("SelfRelianceAgreement");
		system.setStatus(PublicationStatus.ACTIVE);
		system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		IntStream.rangeClosed(0, instrument.maxAnswer())
			.forEach((v) -> system.addConcept()
				.setCode(Integer.toString(v))
				.setDisplay(optionText(instrument, v, locale)));
		return system;
	}

	/**
	 * An answer as a coding: LOINC's answer code with LOINC's English display for the
	 * frequency scale, Between's own code and the reader's text for the self-reliance
	 * check; both carry the scored value as {@code ordinalValue}.
	 */
	private Coding answerCoding(Instrument instrument, int value, Locale locale) {
		Coding coding = (loincForm(instrument).isPresent())
				? new Coding(LOINC, FREQUENCY_ANSWERS.get(value), optionText(instrument, value, Locale.ROOT))
				: new Coding(scaleUrl(instrument), Integer.toString(value), optionText(instrument, value, locale));
		coding.addExtension(ORDINAL_VALUE, new DecimalType(value));
		return coding;
	}

	private String optionText(Instrument instrument, int value, Locale locale) {
		String scale = (instrument.maxAnswer() == 3) ? "measures.frequency." : "measures.selfreliance.option.";
		return text(scale + value, locale);
	}

	private String itemText(Instrument instrument, int number, Locale locale) {
		return text(instrument.messagePrefix() + ".item." + number, locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * A generated narrative of one plain sentence (our own words and numbers, escaped).
	 */
	private static Narrative narrative(String sentence) {
		Narrative narrative = new Narrative();
		narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
		narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
				+ HtmlUtils.htmlEscape(sentence.strip()) + "</p></div>");
		return narrative;
	}

	private static void entry(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	private static final class LazyContext {

		static final FhirContext CONTEXT = FhirContext.forR4();

	}

}
