package org.between.toolbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.toolbox.SkillRanking.Candidate;
import org.between.toolbox.SkillStore.StoredPractice;
import org.between.toolbox.SkillStore.StoredSkill;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The toolbox module's public face: the built-in skills, a client's own skills (written
 * by them or added by their therapist), practices with distress before and after, and the
 * ranking of what works for this person. A client sees built-in skills and their own;
 * anyone else's skill is 404. A therapist may add a skill to a linked client's toolbox,
 * which is written to the audit log in the same transaction.
 */
@Service
public class Toolbox {

	public static final int NAME_MAX = 100;

	public static final int STEPS_MAX = 20;

	public static final int STEP_MAX = 500;

	public static final int RHYTHM_MAX = 200;

	public static final int NOTE_MAX = 2000;

	public static final int MINUTES_MAX = 600;

	public static final int DISTRESS_MAX = 10;

	private final SkillStore store;

	private final ClientLinks links;

	private final AuditLog audit;

	private final Sharing sharing;

	private final MessageSource messages;

	private final Clock clock;

	Toolbox(SkillStore store, ClientLinks links, AuditLog audit, Sharing sharing, MessageSource messages, Clock clock) {
		this.store = store;
		this.links = links;
		this.audit = audit;
		this.sharing = sharing;
		this.messages = messages;
		this.clock = clock;
	}

	/** Built-in skills (in their fixed order), then the caller's own (oldest first). */
	@Transactional(readOnly = true)
	public List<Skill> skills(CurrentUser me) {
		Locale locale = localeOf(me);
		return Stream.concat(builtIns(locale).stream(), this.store.skillsOf(me.id()).stream().map(Toolbox::view))
			.toList();
	}

	/** A built-in skill or one of the caller's own; 404 for anything else. */
	@Transactional(readOnly = true)
	public Skill skill(CurrentUser me, UUID id) {
		return usable(me, id).orElseThrow(NotFoundException::new);
	}

	/** Adds a skill of the client's own; nothing is stored when a field is wrong. */
	@Transactional
	public Skill create(CurrentUser client, NewSkill input) {
		client.requireClient();
		InputProblems problems = new InputProblems();
		NewSkill skill = (input != null) ? input : new NewSkill(null, null, null);
		List<String> steps = checkSkill(skill.name(), skill.steps(), skill.tags(), problems);
		problems.throwIfAny();
		StoredSkill stored = new StoredSkill(UUID.randomUUID(), client.id(), skill.name().strip(), steps,
				situations(skill.tags()), null, null, now());
		this.store.insert(stored);
		return view(stored);
	}

	/**
	 * A therapist adds a skill to a linked client's toolbox, with a suggested rhythm; 404
	 * unless linked. The client sees it marked "from my therapist" and may remove it.
	 * Nothing reminds anyone of the rhythm.
	 */
	@Transactional
	public Skill addForClient(CurrentUser therapist, UUID clientId, TherapistSkill input) {
		this.links.requireLinkedClient(therapist, clientId);
		InputProblems problems = new InputProblems();
		TherapistSkill skill = (input != null) ? input : new TherapistSkill(null, null, null, null);
		List<String> steps = checkSkill(skill.name(), skill.steps(), skill.tags(), problems);
		String rhythm = blankToNull(skill.rhythm());
		if (rhythm != null && length(rhythm) > RHYTHM_MAX) {
			problems.add("rhythm", "toolbox.rhythm.tooLong");
		}
		problems.throwIfAny();
		StoredSkill stored = new StoredSkill(UUID.randomUUID(), clientId, skill.name().strip(), steps,
				situations(skill.tags()), therapist.id(), rhythm, now());
		this.store.insert(stored);
		this.audit.record(therapist.id(), ToolboxAudit.TOOLBOX_SKILL_ADDED, clientId, "TOOLBOX_SKILL",
				stored.id().toString());
		return view(stored);
	}

	/**
	 * The client removes one of their own skills (also one from their therapist). Its
	 * practices stay part of their history. Built-in skills cannot be removed.
	 */
	@Transactional
	public void remove(CurrentUser client, UUID id) {
		client.requireClient();
		if (BuiltInSkill.byId(id).isPresent()) {
			throw new ForbiddenException("toolbox.builtIn.notRemovable");
		}
		if (!this.store.remove(id, client.id(), now())) {
			throw new NotFoundException();
		}
	}

	/** Records a practice of a built-in or own skill; 404 for anyone else's. */
	@Transactional
	public Practice practise(CurrentUser client, UUID skillId, NewPractice input) {
		client.requireClient();
		Skill skill = skill(client, skillId);
		NewPractice practice = (input != null) ? input : new NewPractice(null, null, null, null, null);
		InputProblems problems = new InputProblems();
		checkDistress("distressBefore", practice.distressBefore(), problems);
		checkDistress("distressAfter", practice.distressAfter(), problems);
		Situation situation = null;
		if (blankToNull(practice.situation()) != null) {
			situation = Situation.fromCode(practice.situation()).orElse(null);
			if (situation == null) {
				problems.add("situation", "toolbox.situation.unknown");
			}
		}
		if (practice.minutes() != null && (practice.minutes() < 1 || practice.minutes() > MINUTES_MAX)) {
			problems.add("minutes", "toolbox.minutes.range");
		}
		// The note is kept exactly as written (only a blank one is dropped).
		String note = (practice.note() == null || practice.note().isBlank()) ? null : practice.note();
		if (note != null && length(note) > NOTE_MAX) {
			problems.add("note", "toolbox.note.tooLong");
		}
		problems.throwIfAny();
		StoredPractice stored = new StoredPractice(UUID.randomUUID(), client.id(), skill.id(),
				practice.distressBefore(), practice.distressAfter(), situation, practice.minutes(), note, now());
		this.store.insert(stored);
		return view(stored, skill.name());
	}

	/**
	 * What has worked for the client, best first ({@link SkillRanking}); the situation is
	 * a tag name, or null/blank for all practices. 400 for an unknown situation.
	 */
	@Transactional(readOnly = true)
	public List<RankedSkill> ranking(CurrentUser client, String situation) {
		client.requireClient();
		Situation wanted = null;
		if (blankToNull(situation) != null) {
			wanted = Situation.fromCode(situation)
				.orElseThrow(() -> new InvalidInputException("situation", "toolbox.situation.unknown"));
		}
		return ranking(client.id(), wanted, localeOf(client));
	}

	/**
	 * The situation the client has practised in most often (a tie goes to the situation
	 * listed first in {@link Situation}); empty before any practice names one. For the
	 * client's own landing after a session (sessions.AfterSession), which then shows
	 * {@link #ranking(CurrentUser, String)} for it.
	 */
	@Transactional(readOnly = true)
	public Optional<Situation> mostFrequentSituation(CurrentUser client) {
		client.requireClient();
		Map<Situation, Long> counts = new java.util.EnumMap<>(Situation.class);
		for (var p : this.store.practicesOf(client.id())) {
			if (p.situation() != null) {
				counts.merge(p.situation(), 1L, Long::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(java.util.Comparator.<Map.Entry<Situation, Long>>comparingLong(Map.Entry::getValue)
				.thenComparing((e) -> -e.getKey().ordinal()))
			.map(Map.Entry::getKey);
	}

	/**
	 * For another module's therapist view (insights): the ranking of a checked link's
	 * client's skills in one situation (null: all), while the client shares insights
	 * (where the skills that work are shown); 404 otherwise. The calling facade writes
	 * the audit row.
	 */
	@Transactional(readOnly = true)
	public List<RankedSkill> ranking(LinkedClient client, Situation situation) {
		this.sharing.requireShared(client, Category.INSIGHTS);
		return ranking(client.id(), situation, LocaleContextHolder.getLocale());
	}

	/**
	 * For another module's therapist view (the brief): the practices of a checked link's
	 * client with {@code from <= practisedAt < to}, oldest first, while the client shares
	 * skills practised; 404 otherwise. {@code note} is the client's private text: a
	 * therapist's view leaves it out. The calling facade writes the audit row.
	 */
	@Transactional(readOnly = true)
	public List<Practice> practices(LinkedClient client, Instant from, Instant to) {
		this.sharing.requireShared(client, Category.SKILLS);
		UUID clientId = client.id();
		Locale locale = LocaleContextHolder.getLocale();
		Map<UUID, String> names = this.store.namesOf(clientId);
		return this.store.practicesBetween(clientId, from, to)
			.stream()
			.map((p) -> view(p, nameOf(p.skillId(), names, locale)))
			.toList();
	}

	private List<RankedSkill> ranking(UUID clientId, Situation situation, Locale locale) {
		List<Candidate> candidates = Stream
			.concat(builtIns(locale).stream().map((s) -> new Candidate(s.id(), s.name())),
					this.store.skillsOf(clientId).stream().map((s) -> new Candidate(s.id(), s.name())))
			.toList();
		List<SkillRanking.Practice> practices = this.store.practicesOf(clientId)
			.stream()
			.map((p) -> new SkillRanking.Practice(p.skillId(), p.reduction(), p.situation()))
			.toList();
		return SkillRanking.rank(candidates, practices, situation);
	}

	private Optional<Skill> usable(CurrentUser me, UUID id) {
		Optional<BuiltInSkill> builtIn = BuiltInSkill.byId(id);
		if (builtIn.isPresent()) {
			return Optional.of(builtIn(builtIn.get(), localeOf(me)));
		}
		return this.store.find(id).filter((s) -> s.clientId().equals(me.id())).map(Toolbox::view);
	}

	boolean isUsable(CurrentUser me, UUID id) {
		return usable(me, id).isPresent();
	}

	private List<Skill> builtIns(Locale locale) {
		return Arrays.stream(BuiltInSkill.values()).map((s) -> builtIn(s, locale)).toList();
	}

	private Skill builtIn(BuiltInSkill skill, Locale locale) {
		return new Skill(skill.id(), text(skill.nameKey(), locale), true,
				skill.stepKeys().stream().map((k) -> text(k, locale)).toList(), skill.tags(), false, null, skill.tool(),
				null);
	}

	private String nameOf(UUID skillId, Map<UUID, String> ownNames, Locale locale) {
		return BuiltInSkill.byId(skillId).map((s) -> text(s.nameKey(), locale)).orElseGet(() -> ownNames.get(skillId));
	}

	private static Skill view(StoredSkill skill) {
		return new Skill(skill.id(), skill.name(), false, skill.steps(), skill.tags(), skill.addedBy() != null,
				skill.rhythm(), null, skill.createdAt());
	}

	private static Practice view(StoredPractice p, String skillName) {
		return new Practice(p.id(), p.skillId(), skillName, p.distressBefore(), p.distressAfter(), p.reduction(),
				p.situation(), p.minutes(), p.note(), p.practisedAt());
	}

	/** Checks name, steps and tags; answers the stripped, non-blank steps. */
	private static List<String> checkSkill(String name, List<String> steps, List<String> tags, InputProblems problems) {
		if (name == null || name.isBlank()) {
			problems.add("name", "toolbox.name.required");
		}
		else if (length(name.strip()) > NAME_MAX) {
			problems.add("name", "toolbox.name.tooLong");
		}
		List<String> kept = new ArrayList<>();
		if (steps == null || steps.isEmpty()) {
			problems.add("steps", "toolbox.steps.required");
		}
		else if (steps.size() > STEPS_MAX) {
			problems.add("steps", "toolbox.steps.tooMany");
		}
		else {
			for (int i = 0; i < steps.size(); i++) {
				String step = steps.get(i);
				if (step == null || step.isBlank()) {
					problems.add("steps[" + i + "]", "toolbox.step.blank");
				}
				else if (length(step.strip()) > STEP_MAX) {
					problems.add("steps[" + i + "]", "toolbox.step.tooLong");
				}
				else {
					kept.add(step.strip());
				}
			}
		}
		if (tags != null) {
			for (int i = 0; i < tags.size(); i++) {
				if (Situation.fromCode(tags.get(i)).isEmpty()) {
					problems.add("tags[" + i + "]", "toolbox.tag.unknown");
				}
			}
		}
		return kept;
	}

	/** Known tags, each once, in the order of the enumeration. */
	private static List<Situation> situations(List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<Situation> set = new LinkedHashSet<>();
		tags.stream().map(Situation::fromCode).flatMap(Optional::stream).forEach(set::add);
		return set.stream().sorted(Comparator.naturalOrder()).toList();
	}

	private static void checkDistress(String field, Integer value, InputProblems problems) {
		if (value == null || value < 0 || value > DISTRESS_MAX) {
			problems.add(field, "toolbox.distress.range");
		}
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Micro-seconds survive the round trip through both databases unchanged. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Locale localeOf(CurrentUser me) {
		return (me.locale() != null) ? me.locale() : LocaleContextHolder.getLocale();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** {@code POST /api/v1/skills}: a client's own skill. */
	public record NewSkill(String name, List<String> steps, List<String> tags) {
	}

	/** {@code POST /api/v1/clients/{clientId}/skills}: a skill from the therapist. */
	public record TherapistSkill(String name, List<String> steps, List<String> tags, String rhythm) {
	}

	/** {@code POST /api/v1/skills/{id}/practices}. */
	public record NewPractice(Integer distressBefore, Integer distressAfter, String situation, Integer minutes,
			String note) {
	}

}
