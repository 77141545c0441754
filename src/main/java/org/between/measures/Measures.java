package org.between.measures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.LinkedClient;
import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.measures.MeasureStore.Schedule;
import org.between.safety.SafetyNet;
import org.between.safety.SafetyResponse;
import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures module's public face: the questionnaires, a client's responses and their
 * history, the schedules therapists set, and the FHIR export. Authorization lives here: a
 * client sees only their own responses, a therapist only those of a linked client, and
 * every therapist read is written to the audit log in the same transaction.
 */
@Service
public class Measures {

	/** Largest page of a history (API.md conventions). */
	public static final int MAX_LIMIT = 500;

	private final MeasureStore store;

	private final FhirExport fhir;

	private final SafetyNet safetyNet;

	private final ClientLinks links;

	private final Sharing sharing;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Measures(MeasureStore store, FhirExport fhir, SafetyNet safetyNet, ClientLinks links, Sharing sharing,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.store = store;
		this.sharing = sharing;
		this.fhir = fhir;
		this.safetyNet = safetyNet;
		this.links = links;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The questionnaires, with their texts in the given language. */
	public List<MeasureDefinition> definitions(Locale locale) {
		return Arrays.stream(Instrument.values()).map((i) -> definition(i, locale)).toList();
	}

	/** One questionnaire; 404 for an unknown code. */
	public MeasureDefinition definition(String code, Locale locale) {
		return definition(instrument(code), locale);
	}

	/**
	 * Stores a client's answers and scores them. Nothing is stored when an answer is
	 * missing or out of range. A risk answer is always stored and comes back with
	 * {@code safety.triggered}.
	 */
	@Transactional
	public RecordedResponse respond(CurrentUser client, String code, List<Integer> answers) {
		Instrument instrument = instrument(code);
		client.requireClient();
		new InputProblems().addAll(Scoring.problems(instrument, answers)).throwIfAny();
		Scoring.Result result = Scoring.score(instrument, answers);
		List<String> reasons = Scoring.riskReasons(instrument, answers);
		// Whole microseconds, as both databases keep them: an answer read back must be
		// the same instant, not one rounded past the end of a brief's window.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		StoredResponse response = new StoredResponse(UUID.randomUUID(), client.id(), instrument, List.copyOf(answers),
				result.score(), result.severity(), !reasons.isEmpty(), now);
		this.store.insert(response);
		// In this transaction: an agreed alert e-mail is queued exactly when the answer
		// is stored.
		SafetyResponse safety = this.safetyNet.respondToAnswer(client, reasons);
		return new RecordedResponse(response.id(), instrument.name(), result.score(), result.severity(), now, safety);
	}

	/** The caller's own responses to one questionnaire, newest first. */
	@Transactional(readOnly = true)
	public List<ResponseView> history(CurrentUser me, String code, int limit, String before) {
		Instrument instrument = instrument(code);
		return page(views(this.store.history(me.id(), instrument)), limit, before);
	}

	/** One response: the client's own, or a linked client's for their therapist. */
	@Transactional
	public ResponseView response(CurrentUser me, UUID id) {
		StoredResponse response = readable(me, id);
		List<ResponseView> views = views(this.store.history(response.clientId(), response.instrument()));
		return views.stream().filter((v) -> v.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
	}

	/** One response as an HL7 FHIR R4 Bundle (JSON). */
	@Transactional
	public String fhirBundle(CurrentUser me, UUID id) {
		StoredResponse response = readable(me, id);
		return this.fhir.bundleJson(response, me.locale());
	}

	/**
	 * Every response of the person as one HL7 FHIR R4 Bundle (JSON), built with the
	 * per-response export: the data export's {@code measures.fhir.json}. Only the
	 * person's own export calls it (no audit row: nobody else reads).
	 */
	@Transactional(readOnly = true)
	public String fhirBundleOfAll(CurrentUser me) {
		return this.fhir.bundleOfAllJson(me.id(), this.store.all(me.id()), me.locale());
	}

	/** What each questionnaire looks like for the client: latest score, schedule, due. */
	@Transactional(readOnly = true)
	public List<MeasureSummary> overview(CurrentUser client, Locale locale) {
		List<Schedule> schedules = this.store.schedules(client.id());
		Instant now = this.clock.instant();
		return Arrays.stream(Instrument.values()).map((instrument) -> {
			List<ResponseView> views = views(this.store.history(client.id(), instrument));
			ScheduleView schedule = schedules.stream()
				.filter((s) -> s.instrument() == instrument)
				.findFirst()
				.map((s) -> scheduleView(s, views, now))
				.orElse(null);
			return new MeasureSummary(instrument.name(), title(instrument, locale), schedule, views);
		}).toList();
	}

	/** The questionnaires the client's therapist asked for that are due now. */
	@Transactional(readOnly = true)
	public List<MeasureSummary> due(CurrentUser client, Locale locale) {
		if (!client.isClient()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<MeasureSummary> due = new ArrayList<>();
		for (Schedule schedule : this.store.schedules(client.id())) {
			Optional<Instant> last = this.store.lastAnsweredAt(client.id(), schedule.instrument());
			if (isDue(schedule, last.orElse(null), now)) {
				due.add(new MeasureSummary(schedule.instrument().name(), title(schedule.instrument(), locale),
						scheduleView(schedule, last.orElse(null), now), List.of()));
			}
		}
		return due;
	}

	/**
	 * For another module's therapist view (the therapist's home, the client's summary):
	 * the codes of the questionnaires the therapist asked for that are due now, while the
	 * client shares questionnaires (when they do not, when they last answered is theirs,
	 * and the list is empty). It writes no audit row: the calling facade logs the read it
	 * is part of.
	 */
	@Transactional(readOnly = true)
	public List<String> dueCodes(LinkedClient client) {
		if (!this.sharing.of(client).measures()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<String> due = new ArrayList<>();
		for (Schedule schedule : this.store.schedules(client.id())) {
			Optional<Instant> last = this.store.lastAnsweredAt(client.id(), schedule.instrument());
			if (isDue(schedule, last.orElse(null), now)) {
				due.add(schedule.instrument().name());
			}
		}
		return due;
	}

	/**
	 * A linked client's questionnaires and schedules, for their therapist, while the
	 * client shares questionnaires ({@link Sharing}); 404 otherwise. Audited.
	 */
	@Transactional
	public ClientMeasures clientMeasures(CurrentUser therapist, UUID clientId, Locale locale) {
		LinkedClient client = this.sharing.requireShared(therapist, clientId, Category.MEASURES);
		this.audit.record(therapist.id(), MeasuresAudit.MEASURES_READ, clientId, "MEASURES", clientId.toString());
		List<Schedule> schedules = this.store.schedules(clientId);
		Instant now = this.clock.instant();
		List<MeasureSummary> measures = Arrays.stream(Instrument.values()).map((instrument) -> {
			List<ResponseView> views = views(this.store.history(clientId, instrument));
			ScheduleView schedule = schedules.stream()
				.filter((s) -> s.instrument() == instrument)
				.findFirst()
				.map((s) -> scheduleView(s, views, now))
				.orElse(null);
			return new MeasureSummary(instrument.name(), title(instrument, locale), schedule, views);
		}).toList();
		return new ClientMeasures(client.id(), client.displayName(), true, measures);
	}

	/**
	 * The therapist's page of a linked client's questionnaires: {@link #clientMeasures}
	 * while the client shares them; otherwise only the schedules the therapist set
	 * ({@code shared} false, no responses, nothing about when the client last answered),
	 * so that the therapist can still ask for them. Nothing of the client's is read then,
	 * and nothing is logged.
	 */
	@Transactional
	public ClientMeasures clientMeasuresOrSchedules(CurrentUser therapist, UUID clientId, Locale locale) {
		if (this.sharing.of(therapist, clientId).measures()) {
			return clientMeasures(therapist, clientId, locale);
		}
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		List<Schedule> schedules = this.store.schedules(clientId);
		List<MeasureSummary> measures = Arrays.stream(Instrument.values())
			.map((instrument) -> new MeasureSummary(instrument.name(), title(instrument, locale),
					schedules.stream()
						.filter((s) -> s.instrument() == instrument)
						.findFirst()
						.map(Measures::scheduleOnly)
						.orElse(null),
					List.of()))
			.toList();
		return new ClientMeasures(client.id(), client.displayName(), false, measures);
	}

	/**
	 * For another module's therapist view (the pre-session brief): the responses of a
	 * checked link's client with {@code from <= answeredAt < to}, oldest first, each
	 * compared with the response before it to the same questionnaire (also when that one
	 * is older than {@code from}), while the client shares questionnaires or risk flags
	 * ({@link Sharing}; PHQ-9 item 9 is a flag); 404 otherwise. It writes no audit row:
	 * the calling facade logs the read it is part of.
	 */
	@Transactional(readOnly = true)
	public List<ResponseView> responsesBetween(LinkedClient client, Instant from, Instant to) {
		this.sharing.requireShared(client, Category.MEASURES, Category.RISK_FLAGS);
		List<ResponseView> all = new ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			views(this.store.history(client.id(), instrument)).stream()
				.filter((v) -> !v.answeredAt().isBefore(from) && v.answeredAt().isBefore(to))
				.forEach(all::add);
		}
		all.sort(java.util.Comparator.comparing(ResponseView::answeredAt));
		return List.copyOf(all);
	}

	/** Sets how often a linked client is asked to answer a questionnaire. */
	@Transactional
	public ScheduleView schedule(CurrentUser therapist, UUID clientId, ScheduleRequest request) {
		this.links.requireLinkedClient(therapist, clientId);
		Optional<Instrument> instrument = Optional.ofNullable(request).flatMap((r) -> Instrument.fromCode(r.code()));
		Integer everyDays = (request != null) ? request.everyDays() : null;
		new InputProblems().require(instrument.isPresent(), "code", "measures.schedule.code")
			.require(everyDays != null && everyDays >= 1 && everyDays <= 365, "everyDays",
					"measures.schedule.everyDays")
			.throwIfAny();
		Schedule schedule = new Schedule(clientId, instrument.get(), everyDays, therapist.id(), this.clock.instant());
		this.store.saveSchedule(schedule);
		this.audit.record(therapist.id(), MeasuresAudit.MEASURE_SCHEDULE_SET, clientId, "MEASURE_SCHEDULE",
				instrument.get().name());
		if (!this.sharing.of(therapist, clientId).measures()) {
			return scheduleOnly(schedule);
		}
		Instant last = this.store.lastAnsweredAt(clientId, instrument.get()).orElse(null);
		return scheduleView(schedule, last, this.clock.instant());
	}

	/** Stops asking a linked client to answer a questionnaire; 404 when not scheduled. */
	@Transactional
	public void unschedule(CurrentUser therapist, UUID clientId, String code) {
		this.links.requireLinkedClient(therapist, clientId);
		Instrument instrument = instrument(code);
		if (!this.store.deleteSchedule(clientId, instrument)) {
			throw new NotFoundException();
		}
		this.audit.record(therapist.id(), MeasuresAudit.MEASURE_SCHEDULE_STOPPED, clientId, "MEASURE_SCHEDULE",
				instrument.name());
	}

	private StoredResponse readable(CurrentUser me, UUID id) {
		StoredResponse response = this.store.find(id).orElseThrow(NotFoundException::new);
		if (response.clientId().equals(me.id())) {
			return response;
		}
		if (me.isTherapist()) {
			this.sharing.requireShared(me, response.clientId(), Category.MEASURES);
			this.audit.record(me.id(), MeasuresAudit.MEASURE_RESPONSE_READ, response.clientId(), "MEASURE_RESPONSE",
					id.toString());
			return response;
		}
		throw new NotFoundException();
	}

	private static Instrument instrument(String code) {
		return Instrument.fromCode(code).orElseThrow(NotFoundException::new);
	}

	/** Newest first, each compared with the response before it. */
	private static List<ResponseView> views(List<StoredResponse> oldestFirst) {
		List<ResponseView> views = new ArrayList<>(oldestFirst.size());
		Integer previous = null;
		for (StoredResponse r : oldestFirst) {
			Integer change = (previous != null) ? r.score() - previous : null;
			views.add(new ResponseView(r.id(), r.instrument().name(), r.answers(), r.score(), r.severity(),
					r.answeredAt(), change, Scoring.reliableChange(r.instrument(), previous, r.score())));
			previous = r.score();
		}
		Collections.reverse(views);
		return views;
	}

	private List<ResponseView> page(List<ResponseView> newestFirst, int limit, String before) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "measures.limit");
		}
		List<ResponseView> rest = newestFirst;
		if (before != null && !before.isBlank()) {
			Instant cutoff = cutoff(newestFirst, before.strip());
			rest = newestFirst.stream().filter((v) -> v.answeredAt().isBefore(cutoff)).toList();
		}
		return rest.stream().limit(limit).toList();
	}

	private static Instant cutoff(List<ResponseView> views, String before) {
		try {
			UUID id = UUID.fromString(before);
			return views.stream()
				.filter((v) -> v.id().equals(id))
				.map(ResponseView::answeredAt)
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("before", "measures.before"));
		}
		catch (IllegalArgumentException notAnId) {
			try {
				return Instant.parse(before);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("before", "measures.before");
			}
		}
	}

	static boolean isDue(Schedule schedule, Instant lastAnswered, Instant now) {
		return lastAnswered == null || !now.isBefore(nextDue(schedule, lastAnswered));
	}

	/** When the questionnaire is next due: at once when never answered. */
	static Instant nextDue(Schedule schedule, Instant lastAnswered) {
		return (lastAnswered == null) ? schedule.setAt() : lastAnswered.plus(Duration.ofDays(schedule.everyDays()));
	}

	/**
	 * A schedule without what depends on the client's answers (when the next is due), for
	 * a therapist the client does not share questionnaires with.
	 */
	private static ScheduleView scheduleOnly(Schedule schedule) {
		return new ScheduleView(schedule.instrument().name(), schedule.everyDays(), schedule.setAt(), null, false);
	}

	private static ScheduleView scheduleView(Schedule schedule, List<ResponseView> newestFirst, Instant now) {
		Instant last = newestFirst.isEmpty() ? null : newestFirst.get(0).answeredAt();
		return scheduleView(schedule, last, now);
	}

	private static ScheduleView scheduleView(Schedule schedule, Instant last, Instant now) {
		return new ScheduleView(schedule.instrument().name(), schedule.everyDays(), schedule.setAt(),
				nextDue(schedule, last), isDue(schedule, last, now));
	}

	private String title(Instrument instrument, Locale locale) {
		return text(instrument.messagePrefix() + ".title", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private MeasureDefinition definition(Instrument instrument, Locale locale) {
		String prefix = instrument.messagePrefix();
		String scale = (instrument.maxAnswer() == 3) ? "measures.frequency." : "measures.selfreliance.option.";
		List<Option> options = IntStream.rangeClosed(0, instrument.maxAnswer())
			.mapToObj((v) -> new Option(v, text(scale + v, locale)))
			.toList();
		List<Item> items = IntStream.rangeClosed(1, instrument.items())
			.mapToObj((n) -> new Item(n, text(prefix + ".item." + n, locale), options))
			.toList();
		boolean validated = instrument != Instrument.SELF_RELIANCE;
		return new MeasureDefinition(instrument.name(), title(instrument, locale), text(prefix + ".lead", locale),
				items, instrument.maxScore(), instrument.bands(), instrument.reliableChangeThreshold(), validated,
				validated ? text("measures.copyright", locale) : text("measures.selfreliance.notValidated", locale));
	}

	/** A questionnaire as API.md lists it, plus its lead question, range and bands. */
	public record MeasureDefinition(String code, String title, String lead, List<Item> items, int maxScore,
			List<Band> bands, int reliableChangePoints, boolean validated, String note) {

		/**
		 * The title inside a sentence: a name that is a word ("Self-reliance check")
		 * starts in lower case there, an abbreviation ("PHQ-9") keeps its capitals.
		 */
		public String inSentence() {
			boolean word = this.title.length() > 1 && Character.isLowerCase(this.title.charAt(1));
			return word ? Character.toLowerCase(this.title.charAt(0)) + this.title.substring(1) : this.title;
		}

	}

	/** One question and its answer options. */
	public record Item(int number, String text, List<Option> options) {
	}

	/** An answer option: the number that is scored and its words. */
	public record Option(int value, String text) {
	}

	/** What {@code POST /api/v1/measures/{code}/responses} returns. */
	public record RecordedResponse(UUID id, String code, int score, Severity severity, Instant answeredAt,
			SafetyResponse safety) {
	}

	/**
	 * A response in a history: {@code change} is the difference from the previous score
	 * (null for the first), {@code reliableChange} whether it reached the threshold.
	 */
	public record ResponseView(UUID id, String code, List<Integer> answers, int score, Severity severity,
			Instant answeredAt, Integer change, ReliableChange reliableChange) {
	}

	/** How often a questionnaire is asked for, and when it is next due. */
	public record ScheduleView(String code, int everyDays, Instant setAt, Instant nextDueAt, boolean due) {
	}

	/** A questionnaire with its schedule (or null) and its history, newest first. */
	public record MeasureSummary(String code, String title, ScheduleView schedule, List<ResponseView> responses) {
	}

	/**
	 * A linked client's measures, for their therapist; {@code shared} false when the
	 * client does not share questionnaires (then only the schedules are there).
	 */
	public record ClientMeasures(UUID clientId, String displayName, boolean shared, List<MeasureSummary> measures) {
	}

	/** {@code PUT /api/v1/clients/{clientId}/measure-schedule}. */
	public record ScheduleRequest(String code, Integer everyDays) {
	}

}
