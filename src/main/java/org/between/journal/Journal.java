package org.between.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal, a container: entries are private unless the client shares one, sharing can
 * be withdrawn at any time (the therapist then gets 404 at once), every therapist read is
 * logged and shown to the client, and titles and bodies are encrypted at rest.
 */
@Service
public class Journal {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 20_000;

	public static final int MAX_LIMIT = 500;

	static final String ITEM_TYPE = "JOURNAL_ENTRY";

	private final JournalStore store;

	private final ClientLinks links;

	private final AuditLog audit;

	private final Accounts accounts;

	private final Clock clock;

	Journal(JournalStore store, ClientLinks links, AuditLog audit, Accounts accounts, Clock clock) {
		this.store = store;
		this.links = links;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public JournalEntry write(CurrentUser client, NewJournalEntry input) {
		client.requireClient();
		check(input.title(), input.body(), input.intensity(), true);
		Instant now = now();
		boolean shared = Boolean.TRUE.equals(input.shareWithTherapist());
		StoredEntry entry = new StoredEntry(UUID.randomUUID(), client.id(), 0, title(input.title()), input.body(),
				input.intensity(), Boolean.TRUE.equals(input.bringToSession()), shared, shared ? now : null, now, now);
		this.store.insert(entry);
		return entry.view();
	}

	/**
	 * Something the client wants to talk about at their next session, in words another
	 * module wrote for them (endings: "I would like to talk about the ending"): a private
	 * entry on their agenda, without an intensity (the client did not rate a feeling),
	 * which they can change or delete as any entry.
	 */
	@Transactional
	public JournalEntry bringUp(CurrentUser client, String title, String body) {
		client.requireClient();
		check(title, body, null, false);
		Instant now = now();
		StoredEntry entry = new StoredEntry(UUID.randomUUID(), client.id(), 0, title(title), body, null, true, false,
				null, now, now);
		this.store.insert(entry);
		return entry.view();
	}

	/**
	 * The client's own entries, newest first; {@code query} (optional) searches title and
	 * body, ignoring case. {@code before} is an instant or the id of an entry.
	 */
	@Transactional(readOnly = true)
	public List<JournalEntry> entries(CurrentUser client, String query, int limit, String before) {
		client.requireClient();
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "journal.limit");
		}
		Instant cutoff = cutoff(client, before);
		if (query == null || query.isBlank()) {
			return this.store.page(client.id(), cutoff, limit).stream().map(StoredEntry::view).toList();
		}
		// The text is encrypted, so the database cannot search it: decrypt and look here.
		String needle = query.strip().toLowerCase(Locale.ROOT);
		return this.store.all(client.id())
			.stream()
			.filter((e) -> cutoff == null || e.createdAt().isBefore(cutoff))
			.filter((e) -> e.matches(needle))
			.limit(limit)
			.map(StoredEntry::view)
			.toList();
	}

	/**
	 * The client's own agenda, whole: the entries marked to bring along, newest first.
	 */
	@Transactional(readOnly = true)
	public List<JournalEntry> ownAgenda(CurrentUser client) {
		client.requireClient();
		return this.store.agenda(client.id()).stream().map(StoredEntry::view).toList();
	}

	@Transactional(readOnly = true)
	public JournalEntry entry(CurrentUser client, UUID id) {
		return own(client, id).view();
	}

	@Transactional
	public JournalEntry change(CurrentUser client, UUID id, JournalEntryChange change) {
		StoredEntry entry = own(client, id);
		check(change.title(), change.body(), change.intensity(), false);
		Instant now = now();
		String title = (change.title() != null) ? title(change.title()) : entry.title();
		String body = (change.body() != null) ? change.body() : entry.body();
		Integer intensity = (change.intensity() != null) ? change.intensity() : entry.intensity();
		boolean bring = (change.bringToSession() != null) ? change.bringToSession() : entry.bringToSession();
		boolean share = (change.shareWithTherapist() != null) ? change.shareWithTherapist()
				: entry.shareWithTherapist();
		Instant sharedAt = !share ? null : entry.shareWithTherapist() ? entry.sharedAt() : now;
		StoredEntry changed = new StoredEntry(entry.id(), entry.clientId(), entry.keyId(), title, body, intensity,
				bring, share, sharedAt, entry.createdAt(), now);
		this.store.update(changed);
		return changed.view();
	}

	@Transactional
	public void delete(CurrentUser client, UUID id) {
		own(client, id);
		this.store.delete(id);
	}

	/** Each time the client's therapist opened the entry, oldest first. */
	@Transactional(readOnly = true)
	public List<EntryRead> reads(CurrentUser client, UUID id) {
		own(client, id);
		return this.store.reads(id)
			.stream()
			.map((r) -> new EntryRead(r.readerId(), this.accounts.displayName(r.readerId()).orElse(""), r.at()))
			.toList();
	}

	/**
	 * The entries a linked client shares, newest first, without their bodies (404 unless
	 * linked). Listing is not reading: only {@link #sharedEntry} shows a body.
	 */
	@Transactional(readOnly = true)
	public List<SharedEntrySummary> sharedEntries(CurrentUser therapist, UUID clientId) {
		this.links.requireLinkedClient(therapist, clientId);
		return this.store.shared(clientId).stream().map(StoredEntry::summary).toList();
	}

	/**
	 * A shared entry of a linked client; 404 when not linked, not shared, or no longer
	 * shared. The read is logged (audit log and the client's read receipts) in the same
	 * transaction.
	 */
	@Transactional
	public JournalEntry sharedEntry(CurrentUser therapist, UUID clientId, UUID id) {
		this.links.requireLinkedClient(therapist, clientId);
		StoredEntry entry = this.store.find(id)
			.filter((e) -> e.clientId().equals(clientId) && e.shareWithTherapist())
			.orElseThrow(NotFoundException::new);
		logRead(therapist, entry);
		return entry.view();
	}

	/**
	 * The agenda of a checked link's client for their next session, for the therapist:
	 * every entry marked <em>bring to my next session</em>, newest first; titles only of
	 * shared entries, never a body.
	 */
	@Transactional(readOnly = true)
	public List<AgendaItem> agenda(LinkedClient client) {
		return this.store.agenda(client.id()).stream().map(StoredEntry::agendaItem).toList();
	}

	/** How many things the client wants to bring to their next session. */
	@Transactional(readOnly = true)
	public int agendaCount(CurrentUser client) {
		client.requireClient();
		return this.store.agendaCount(client.id());
	}

	/**
	 * The entries a linked client shares that were written, changed or shared since the
	 * instant, newest first. Each one returned is a read: it is logged like
	 * {@link #sharedEntry}.
	 */
	@Transactional
	public List<JournalEntry> sharedSince(CurrentUser therapist, UUID clientId, Instant since) {
		this.links.requireLinkedClient(therapist, clientId);
		List<StoredEntry> entries = sharedIn(clientId, since, null);
		entries.forEach((e) -> logRead(therapist, e));
		return entries.stream().map(StoredEntry::view).toList();
	}

	/**
	 * The entries a linked client shares that were written, changed or shared in
	 * {@code [from, to)} (for the pre-session brief), newest first, without their bodies:
	 * listing is not reading, as in {@link #sharedEntries}.
	 */
	@Transactional(readOnly = true)
	public List<SharedEntrySummary> sharedSummariesIn(CurrentUser therapist, UUID clientId, Instant from, Instant to) {
		this.links.requireLinkedClient(therapist, clientId);
		return sharedIn(clientId, from, to).stream().map(StoredEntry::summary).toList();
	}

	/**
	 * Shared entries changed or shared in {@code [from, to)}; {@code to} null is open.
	 */
	private List<StoredEntry> sharedIn(UUID clientId, Instant from, Instant to) {
		// Stored instants have micro-seconds; a finer bound must not hide what was just
		// written.
		Instant start = from.truncatedTo(ChronoUnit.MICROS);
		java.util.function.Predicate<Instant> inWindow = (at) -> at != null && !at.isBefore(start)
				&& (to == null || at.isBefore(to));
		return this.store.shared(clientId)
			.stream()
			.filter((e) -> inWindow.test(e.updatedAt()) || inWindow.test(e.sharedAt()))
			.toList();
	}

	private void logRead(CurrentUser therapist, StoredEntry entry) {
		Instant at = now();
		this.audit.record(therapist.id(), JournalAudit.JOURNAL_ENTRY_READ, entry.clientId(), ITEM_TYPE,
				entry.id().toString());
		this.store.recordRead(entry.id(), entry.clientId(), therapist.id(), at);
	}

	private StoredEntry own(CurrentUser client, UUID id) {
		client.requireClient();
		return this.store.find(id).filter((e) -> e.clientId().equals(client.id())).orElseThrow(NotFoundException::new);
	}

	/**
	 * The rules bean validation cannot say alone (also for callers that skip it): a body
	 * that is there is not blank, lengths, intensity 0–10.
	 */
	private static void check(String title, String body, Integer intensity, boolean creating) {
		InputProblems problems = new InputProblems();
		problems.require(title == null || title.length() <= MAX_TITLE, "title", "journal.title.tooLong");
		problems.require(!((creating && body == null) || (body != null && body.isBlank())), "body",
				"journal.body.empty");
		if (!problems.has("body")) {
			problems.require(body == null || body.length() <= MAX_BODY, "body", "journal.body.tooLong");
		}
		problems.require(intensity == null || (intensity >= 0 && intensity <= 10), "intensity",
				"journal.intensity.range");
		problems.throwIfAny();
	}

	private Instant cutoff(CurrentUser client, String before) {
		if (before == null || before.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(before.strip());
			return this.store.find(id)
				.filter((e) -> e.clientId().equals(client.id()))
				.map(StoredEntry::createdAt)
				.orElseThrow(() -> new InvalidInputException("before", "journal.before"));
		}
		catch (IllegalArgumentException notAnId) {
			try {
				return Instant.parse(before.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("before", "journal.before");
			}
		}
	}

	/** A blank title is no title; any other title is kept as written. */
	private static String title(String title) {
		return (title == null || title.isBlank()) ? null : title;
	}

	private Instant now() {
		// Micro-seconds survive the round trip through both databases unchanged.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
