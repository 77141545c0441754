package org.between.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.between.accounts.AuditLog;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.checkin.CheckinStore.Cursor;
import org.between.checkin.SkillCatalog.SkillChoice;
import org.between.checkin.SkillCatalog.SuggestedSkill;
import org.between.safety.SafetyNet;
import org.between.safety.SafetyResponse;
import org.between.shared.InvalidInputException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checkin module's public face: a client records how they are right now and reads
 * their own check-ins back; other modules (the therapist's brief, insights) read the
 * numbers through {@link #between} and {@link #firstTurns}, the client's own with their
 * {@link CurrentUser}, a therapist's only with the {@link LinkedClient} that the access
 * check made.
 * <p>
 * A client sees only their own check-ins; anyone else's is "not found". Therapists do not
 * use the client endpoints at all (403). A check-in whose urges reach a safety threshold
 * ({@link RiskRules}) is stored like any other and answered with
 * {@code safety.triggered}, so that the next screen is the safety screen.
 */
@Service
public class Checkins {

	/** Largest page of a list (API.md conventions). */
	public static final int MAX_LIMIT = 500;

	/** Page size when none is asked for. */
	public static final int DEFAULT_LIMIT = 100;

	/** Skills offered after a check-in from this distress up. */
	public static final int SUGGEST_FROM_DISTRESS = 6;

	/** How many skills are offered. */
	public static final int SUGGESTIONS = 3;

	private static final Logger log = LoggerFactory.getLogger(Checkins.class);

	private final CheckinStore store;

	private final RiskRules risk;

	private final SafetyNet safetyNet;

	private final ObjectProvider<SkillCatalog> skills;

	private final Sharing sharing;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Checkins(CheckinStore store, RiskRules risk, SafetyNet safetyNet, ObjectProvider<SkillCatalog> skills,
			Sharing sharing, AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.store = store;
		this.risk = risk;
		this.safetyNet = safetyNet;
		this.skills = skills;
		this.sharing = sharing;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Stores a client's check-in and says what comes next. Nothing is stored when any
	 * field is wrong; the {@link InvalidInputException} names each one. The check-in, its
	 * {@link CheckinRecorded} event and the safety response (with the therapist's alert
	 * e-mail, where agreed) commit together; the suggested skills are worked out
	 * afterwards, so that a toolbox hiccup can never undo a check-in.
	 */
	public RecordedCheckin record(CurrentUser client, NewCheckin input) {
		client.requireClient();
		Instant now = now();
		Optional<SkillCatalog> catalog = catalog();
		CheckinValidation.Result result = CheckinValidation.check(input, now,
				(skillId) -> catalog.map((c) -> c.isUsableBy(client, skillId)).orElse(false));
		new InputProblems().addAll(result.problems()).throwIfAny();
		CheckinValidation.Valid valid = result.checkin();
		List<String> reasons = this.risk.reasons(valid.urges(), valid.actions());
		Checkin checkin = new Checkin(UUID.randomUUID(), client.id(), valid.at(), now, valid.mood(), valid.distress(),
				valid.emotions(), valid.urges(), valid.firstTurnedTo(), valid.actions(), valid.note(),
				!reasons.isEmpty());
		// The safety response is worked out with the check-in: when the client agreed to
		// it,
		// their therapist's alert e-mail is queued in the same transaction.
		SafetyResponse safety = this.transaction.execute((status) -> {
			this.store.insert(checkin);
			this.events
				.publishEvent(new CheckinRecorded(checkin.id(), client.id(), checkin.at(), checkin.riskFlagged()));
			return this.safetyNet.respondToAnswer(client, reasons);
		});
		// The safety screen comes next and shows the client's own plan: skills to try
		// would only compete with it (API.md: a triggered response has none).
		List<SuggestedSkill> suggestions = safety.triggered() ? List.of() : suggestedSkills(client, checkin.distress());
		return RecordedCheckin.of(checkin.view(), safety, suggestions);
	}

	/**
	 * Corrects one of the client's own check-ins ({@code PATCH /api/v1/checkins/{id}})
	 * while {@link CheckinCorrection} keeps it open (seven days after its moment; later
	 * 422). What {@code change} leaves out stays as it was; the result is checked by the
	 * same rules as a new check-in, and the risk rules are applied again, so that a
	 * change to a risk answer is answered exactly like a new check-in that gives it: the
	 * safety screen next, the therapist's alert where agreed, no skills offered. The
	 * audit row says that the check-in changed, never what it said before. 404 for anyone
	 * else's check-in.
	 */
	public RecordedCheckin change(CurrentUser client, UUID id, NewCheckin change) {
		client.requireClient();
		Instant now = now();
		Checkin existing = own(client, id);
		requireOpen(existing, now);
		Optional<SkillCatalog> catalog = catalog();
		CheckinValidation.Result result = CheckinValidation.check(CheckinCorrection.merged(existing, change), now,
				(skillId) -> catalog.map((c) -> c.isUsableBy(client, skillId)).orElse(false)
						|| usedBefore(existing, skillId));
		new InputProblems().addAll(result.problems()).throwIfAny();
		CheckinValidation.Valid valid = result.checkin();
		List<String> reasons = this.risk.reasons(valid.urges(), valid.actions());
		Checkin changed = new Checkin(existing.id(), client.id(), valid.at(), existing.recordedAt(), valid.mood(),
				valid.distress(), valid.emotions(), valid.urges(), valid.firstTurnedTo(), valid.actions(), valid.note(),
				!reasons.isEmpty());
		SafetyResponse safety = this.transaction.execute((status) -> {
			this.store.update(changed);
			this.audit.record(client.id(), CheckinAudit.CHECKIN_CHANGED, client.id(), "CHECKIN", id.toString());
			return this.safetyNet.respondToAnswer(client, reasons);
		});
		List<SuggestedSkill> suggestions = safety.triggered() ? List.of() : suggestedSkills(client, changed.distress());
		return RecordedCheckin.of(changed.view(), safety, suggestions);
	}

	/**
	 * Deletes one of the client's own check-ins ({@code DELETE /api/v1/checkins/{id}})
	 * while it is open to correction (422 later); the brief and the charts no longer
	 * count it. The audit row keeps only that it was deleted. 404 for anyone else's.
	 */
	@Transactional
	public void delete(CurrentUser client, UUID id) {
		client.requireClient();
		Checkin existing = own(client, id);
		requireOpen(existing, now());
		this.store.delete(existing.id(), client.id());
		this.audit.record(client.id(), CheckinAudit.CHECKIN_DELETED, client.id(), "CHECKIN", id.toString());
	}

	/** Whether the client may still change or delete this check-in of theirs. */
	@Transactional(readOnly = true)
	public boolean isCorrectable(CurrentUser client, CheckinView checkin) {
		client.requireClient();
		return CheckinCorrection.isOpen(checkin.at(), now());
	}

	private Checkin own(CurrentUser client, UUID id) {
		return this.store.find(id).filter((c) -> c.clientId().equals(client.id())).orElseThrow(NotFoundException::new);
	}

	private static void requireOpen(Checkin existing, Instant now) {
		if (!CheckinCorrection.isOpen(existing.at(), now)) {
			throw new RuleViolationException(null, "checkin.change.closed",
					Map.of("closedAt", existing.at().plus(CheckinCorrection.WINDOW).toString()),
					CheckinCorrection.WINDOW.toDays());
		}
	}

	/** A skill the check-in already names stays allowed, even if it was since removed. */
	private static boolean usedBefore(Checkin existing, UUID skillId) {
		return existing.actions().stream().anyMatch((a) -> skillId.equals(a.skillId()));
	}

	/**
	 * Whether a check-in that could not be stored (its form was posted after the sign-in
	 * ended) shows risk: the same rule {@link #record} applies ({@link RiskRules}), to
	 * whatever urges and actions can be read, however incomplete the rest is. Nothing is
	 * stored and nobody is asked for.
	 */
	public List<String> riskReasons(NewCheckin input) {
		Map<Urge, Integer> urges = new EnumMap<>(Urge.class);
		if (input.urges() != null) {
			input.urges().forEach((name, value) -> {
				Optional<Urge> urge = named(Urge.class, name);
				if (urge.isPresent() && value != null) {
					urges.put(urge.get(), value);
				}
			});
		}
		List<CheckinAction> actions = new ArrayList<>();
		if (input.actions() != null) {
			for (NewCheckin.Action action : input.actions()) {
				if (action != null && ActionType.ACTED_ON_URGE.name().equals(action.type())) {
					named(Urge.class, action.urge()).ifPresent((urge) -> actions.add(CheckinAction.actedOnUrge(urge)));
				}
			}
		}
		return this.risk.reasons(urges, actions);
	}

	private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
		if (name == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, name.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** One of the client's own check-ins; 404 for anyone else's and for unknown ids. */
	@Transactional(readOnly = true)
	public CheckinView find(CurrentUser client, UUID id) {
		client.requireClient();
		return this.store.find(id)
			.filter((c) -> c.clientId().equals(client.id()))
			.map(Checkin::view)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The client's own check-ins, newest first ({@code GET /api/v1/checkins}).
	 * {@code from} is inclusive and {@code to} exclusive; each is an instant
	 * ({@code 2026-11-22T10:15:00Z}) or a calendar date in the client's time zone, and a
	 * date as {@code to} includes that whole day. {@code before} (an instant or the id of
	 * one of the client's check-ins) starts the next page. Every bad parameter is named.
	 */
	@Transactional(readOnly = true)
	public List<CheckinView> list(CurrentUser client, String from, String to, Integer limit, String before) {
		client.requireClient();
		InputProblems problems = new InputProblems();
		ZoneId zone = client.zone();
		Instant start = bound("from", from, zone, false, problems);
		Instant end = bound("to", to, zone, true, problems);
		problems.require(start == null || end == null || start.isBefore(end), "to", "checkin.list.order");
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		problems.require(size >= 1 && size <= MAX_LIMIT, "limit", "checkin.list.limit");
		Cursor cursor = cursor(client, before, problems);
		problems.throwIfAny();
		return this.store.newestFirst(client.id(), start, end, cursor, size).stream().map(Checkin::view).toList();
	}

	/**
	 * The client's own check-ins from {@code from} on, newest first, at most
	 * {@link #MAX_LIMIT} (the history page).
	 */
	@Transactional(readOnly = true)
	public List<CheckinView> since(CurrentUser client, Instant from) {
		client.requireClient();
		return this.store.newestFirst(client.id(), from, null, null, MAX_LIMIT).stream().map(Checkin::view).toList();
	}

	/**
	 * The client's own check-ins with {@code at} in [{@code from}, {@code to}), oldest
	 * first, without their notes (insights). Either bound may be null (open).
	 */
	@Transactional(readOnly = true)
	public List<CheckinSummary> between(CurrentUser client, Instant from, Instant to) {
		client.requireClient();
		return summaries(client.id(), from, to);
	}

	/**
	 * For another module's therapist view (the brief): the check-ins of a checked link's
	 * client, as {@link #between(CurrentUser, Instant, Instant)}, while the client shares
	 * check-ins or risk flags ({@link Sharing}; the flags are read from check-ins); 404
	 * otherwise. The calling facade writes the audit row of the read it is part of.
	 */
	@Transactional(readOnly = true)
	public List<CheckinSummary> between(LinkedClient client, Instant from, Instant to) {
		this.sharing.requireShared(client, Category.CHECKINS, Category.RISK_FLAGS);
		return summaries(client.id(), from, to);
	}

	/**
	 * {@link #between(CurrentUser, Instant, Instant)} on behalf of a reader: the client
	 * themselves, or their actively linked therapist while the client shares check-ins
	 * ({@link Sharing}), whose read is written to the audit log (the client sees it).
	 * Anyone else gets 404.
	 */
	@Transactional
	public List<CheckinSummary> between(CurrentUser reader, UUID clientId, Instant from, Instant to) {
		if (!reader.id().equals(clientId)) {
			this.sharing.requireShared(reader, clientId, Category.CHECKINS);
			this.audit.record(reader.id(), CheckinAudit.CHECKINS_READ, clientId, "CHECKINS", clientId.toString());
		}
		return summaries(clientId, from, to);
	}

	private List<CheckinSummary> summaries(UUID clientId, Instant from, Instant to) {
		return this.store.oldestFirst(clientId, from, to).stream().map(Checkin::summary).toList();
	}

	/**
	 * Whom or what the client turned to first, oldest first, for their own check-ins with
	 * {@code at} in [{@code from}, {@code to}) that said so (insights).
	 */
	@Transactional(readOnly = true)
	public List<FirstTurn> firstTurns(CurrentUser client, Instant from, Instant to) {
		client.requireClient();
		return this.store.firstTurns(client.id(), from, to);
	}

	/**
	 * {@link #firstTurns(CurrentUser, Instant, Instant)} of a checked link's client for
	 * their therapist, while the client shares insights (where first turns are shown);
	 * 404 otherwise. The calling facade writes the audit row.
	 */
	@Transactional(readOnly = true)
	public List<FirstTurn> firstTurns(LinkedClient client, Instant from, Instant to) {
		this.sharing.requireShared(client, Category.INSIGHTS);
		return this.store.firstTurns(client.id(), from, to);
	}

	/**
	 * The client's skills to choose from on the check-in form; empty without a toolbox.
	 */
	public List<SkillChoice> skillChoices(CurrentUser client) {
		client.requireClient();
		return catalog().map((c) -> c.skillsOf(client)).orElse(List.of());
	}

	/**
	 * The skills to offer beside a saved check-in: none when it was risk-flagged (the
	 * safety screen and the client's own plan come first, as after {@link #record}),
	 * otherwise {@link #suggestedSkills(CurrentUser, int)} for its distress.
	 */
	public List<SuggestedSkill> suggestedSkills(CurrentUser client, CheckinView checkin) {
		return checkin.riskFlagged() ? List.of() : suggestedSkills(client, checkin.distress());
	}

	/**
	 * The best skills for the moment after a check-in with this distress: up to three
	 * from {@link #SUGGEST_FROM_DISTRESS} on, none below it, none without a toolbox.
	 */
	public List<SuggestedSkill> suggestedSkills(CurrentUser client, int distress) {
		client.requireClient();
		if (distress < SUGGEST_FROM_DISTRESS) {
			return List.of();
		}
		Optional<SkillCatalog> catalog = catalog();
		if (catalog.isEmpty()) {
			return List.of();
		}
		try {
			return catalog.get().suggestionsFor(client, SUGGESTIONS).stream().limit(SUGGESTIONS).toList();
		}
		catch (RuntimeException ex) {
			// Suggestions are a kindness, not part of the check-in: without them the
			// client still gets their confirmation (or the safety screen).
			log.warn("Skill suggestions unavailable: {}", ex.toString());
			return List.of();
		}
	}

	private Optional<SkillCatalog> catalog() {
		return Optional.ofNullable(this.skills.getIfUnique());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Instant bound(String field, String text, ZoneId zone, boolean end, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		Optional<Instant> instant = CheckinValidation.parseInstant(value);
		if (instant.isPresent()) {
			return instant.get();
		}
		try {
			LocalDate date = LocalDate.parse(value);
			return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "checkin.list.instant");
			return null;
		}
	}

	private Cursor cursor(CurrentUser client, String before, InputProblems problems) {
		if (before == null || before.isBlank()) {
			return null;
		}
		String value = before.strip();
		Optional<Instant> instant = CheckinValidation.parseInstant(value);
		if (instant.isPresent()) {
			return new Cursor(instant.get(), null);
		}
		try {
			UUID id = UUID.fromString(value);
			Optional<Checkin> own = this.store.find(id).filter((c) -> c.clientId().equals(client.id()));
			if (own.isPresent()) {
				return new Cursor(own.get().at(), id);
			}
		}
		catch (IllegalArgumentException notAnId) {
			// Named below, like any other unreadable cursor.
		}
		problems.add("before", "checkin.list.before");
		return null;
	}

}
