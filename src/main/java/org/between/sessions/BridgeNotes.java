package org.between.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.shared.ConflictException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.toolbox.Skill;
import org.between.toolbox.Toolbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bridge notes (issue 18): after a held session the therapist may leave the client a
 * short note ({@value #NOTE_MAX} characters at most) and one skill from the client's
 * toolbox to try. The client sees it on their home until the next held session
 * ({@link #current}), and may keep it in their portfolio ({@link #keep}, {@link #kept}).
 * The note is encrypted at rest ({@link BridgeNoteStore}). Only the session's therapist
 * writes it and only its client reads it as theirs; everyone else gets 404.
 */
@Service
public class BridgeNotes {

	public static final int NOTE_MAX = 500;

	private final BridgeNoteStore store;

	private final SessionStore sessions;

	private final Toolbox toolbox;

	private final Accounts accounts;

	private final ClientLinks links;

	private final Sharing sharing;

	private final Clock clock;

	BridgeNotes(BridgeNoteStore store, SessionStore sessions, Toolbox toolbox, Accounts accounts, ClientLinks links,
			Sharing sharing, Clock clock) {
		this.store = store;
		this.sessions = sessions;
		this.toolbox = toolbox;
		this.accounts = accounts;
		this.links = links;
		this.sharing = sharing;
		this.clock = clock;
	}

	/**
	 * Writes (or rewrites) the note of a held session: 404 unless the caller is its
	 * therapist and still linked with the client; 409 when the session was not held; 400
	 * for an empty or too long note, or a skill that is not one the therapist may pick
	 * from the client's toolbox ({@link #skillChoices}).
	 */
	@Transactional
	public BridgeNote write(CurrentUser therapist, UUID sessionId, String note, UUID skillId) {
		SessionView session = ownHeld(therapist, sessionId);
		String text = (note != null) ? note.strip() : "";
		Map<UUID, String> choices = choices(therapist, session.clientId());
		new InputProblems().require(!text.isEmpty(), "note", "sessions.bridge.note.required")
			.require(text.length() <= NOTE_MAX, "note", "sessions.bridge.note.tooLong")
			.require(skillId == null || choices.containsKey(skillId), "skillId", "sessions.bridge.skill.unknown")
			.throwIfAny();
		return named(this.store.save(session, text, skillId, this.clock.instant()), choices);
	}

	/** The note of one of the therapist's sessions, if they wrote one (their page). */
	@Transactional(readOnly = true)
	public Optional<BridgeNote> forSession(CurrentUser therapist, UUID sessionId) {
		SessionView session = this.sessions.session(sessionId)
			.filter((s) -> s.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
		return this.store.forSession(session.id());
	}

	/**
	 * The skills the therapist may suggest with a note: the built-in ones, those they
	 * added, and the client's own while the client shares their skills. 404 unless
	 * linked.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> skillChoices(CurrentUser therapist, UUID clientId) {
		return choices(therapist, clientId);
	}

	/**
	 * The client's bridge note now: the note of their latest held session, until the next
	 * one is held (a held session without a note ends it). Empty for a therapist.
	 */
	@Transactional(readOnly = true)
	public Optional<BridgeNote> current(CurrentUser client) {
		if (!client.isClient()) {
			return Optional.empty();
		}
		return this.store.current(client.id(), this.clock.instant()).map((n) -> named(n, ownSkills(client)));
	}

	/** The client keeps a note of theirs in their portfolio; 404 for anyone else's. */
	@Transactional
	public BridgeNote keep(CurrentUser client, UUID noteId) {
		client.requireClient();
		BridgeNote note = this.store.find(noteId)
			.filter((n) -> n.clientId().equals(client.id()))
			.orElseThrow(NotFoundException::new);
		this.store.keep(note.id(), this.clock.instant());
		return named(this.store.find(noteId).orElseThrow(), ownSkills(client));
	}

	/** The notes the client kept, newest first (for the portfolio). */
	@Transactional(readOnly = true)
	public List<BridgeNote> kept(CurrentUser client) {
		client.requireClient();
		Map<UUID, String> skills = ownSkills(client);
		return this.store.kept(client.id()).stream().map((n) -> named(n, skills)).toList();
	}

	/**
	 * The therapist's own past notes for a linked client, newest first (for the brief,
	 * which writes its own audit row).
	 */
	@Transactional(readOnly = true)
	public List<BridgeNote> ofClient(LinkedClient client) {
		Map<UUID, String> skills = choicesFor(client);
		return this.store.ofPair(client.therapistId(), client.id()).stream().map((n) -> named(n, skills)).toList();
	}

	private SessionView ownHeld(CurrentUser therapist, UUID sessionId) {
		SessionView session = this.sessions.session(sessionId)
			.filter((s) -> s.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
		this.links.requireLinkedClient(therapist, session.clientId());
		if (session.status() != SessionStatus.HELD) {
			throw new ConflictException("sessions.bridge.notHeld");
		}
		return session;
	}

	private Map<UUID, String> choices(CurrentUser therapist, UUID clientId) {
		return choicesFor(this.links.requireLinkedClient(therapist, clientId));
	}

	private Map<UUID, String> choicesFor(LinkedClient client) {
		boolean shared = this.sharing.of(client).allows(Category.SKILLS);
		Map<UUID, String> choices = new LinkedHashMap<>();
		for (Skill s : this.toolbox.skills(this.accounts.refresh(client.id()))) {
			if (s.builtIn() || s.fromTherapist() || shared) {
				choices.put(s.id(), s.name());
			}
		}
		return choices;
	}

	private Map<UUID, String> ownSkills(CurrentUser client) {
		Map<UUID, String> skills = new LinkedHashMap<>();
		this.toolbox.skills(client).forEach((s) -> skills.put(s.id(), s.name()));
		return skills;
	}

	private static BridgeNote named(BridgeNote n, Map<UUID, String> skills) {
		String name = (n.skillId() != null) ? skills.get(n.skillId()) : null;
		return new BridgeNote(n.id(), n.sessionId(), n.therapistId(), n.clientId(), n.sessionStartsAt(), n.note(),
				(name != null) ? n.skillId() : null, name, n.writtenAt(), n.keptAt());
	}

	Instant now() {
		return this.clock.instant();
	}

}
