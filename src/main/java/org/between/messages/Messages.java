package org.between.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactAgreements;
import org.between.contact.ContactCategory;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.journal.NewJournalEntry;
import org.between.messages.Sent.KeptReason;
import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure messages, kept to the contact agreement (API.md "messages"). A client's message
 * in a category the agreement in force allows is delivered: a thread with
 * {@code respondBy} ({@link SendingOutlook#respondBy}: the agreement's response time in
 * its reading hours, counted from the end of the therapist's time away when they are away
 * now). Any other message — no agreement in force, a category not agreed, or
 * {@code PHONE_EMERGENCY}, which is about phoning — is never lost and never dropped: it
 * is written to the client's journal, private and marked <em>bring to my next
 * session</em>, and the answer says so.
 * <p>
 * Threads: the therapist's reply answers (closes) a thread; the client may write again in
 * it (before or after an answer), which is delivered like a new message under the
 * agreement in force (or kept in the journal like one) and, after an answer, owes a new
 * one. Opening a thread marks the other side's messages read ({@code readAt}); the
 * therapist's opening is written to the client's access log. Lists carry no texts: a list
 * is not a read. Anything that is not the caller's is 404; the therapist reaches only
 * their currently linked clients' threads.
 */
@Service
public class Messages {

	public static final int MAX_BODY = 2000;

	public static final int MAX_LIMIT = 200;

	static final String ITEM_TYPE = "MESSAGE_THREAD";

	private final MessageStore store;

	private final ContactAgreements agreements;

	private final SendingOutlooks outlooks;

	private final Journal journal;

	private final ClientLinks links;

	private final AuditLog audit;

	private final MessageMail mail;

	private final MessageSource texts;

	private final Clock clock;

	Messages(MessageStore store, ContactAgreements agreements, SendingOutlooks outlooks, Journal journal,
			ClientLinks links, AuditLog audit, MessageMail mail, MessageSource texts, Clock clock) {
		this.store = store;
		this.agreements = agreements;
		this.outlooks = outlooks;
		this.journal = journal;
		this.links = links;
		this.audit = audit;
		this.mail = mail;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * The client sends a message (400 for an unknown category, an empty or too long
	 * body): delivered when agreed, else kept in their journal.
	 */
	@Transactional
	public Sent send(CurrentUser client, MessageInput input) {
		client.requireClient();
		ContactCategory category = check(input);
		Instant now = now();
		Optional<ContactAgreement> agreement = this.agreements.activeFor(client);
		Optional<KeptReason> kept = keptReason(agreement, category);
		if (kept.isPresent()) {
			return keep(client, category, input.body(), kept.get());
		}
		ContactAgreement active = agreement.orElseThrow();
		Instant respondBy = this.outlooks.of(client, active, now).respondBy();
		UUID threadId = UUID.randomUUID();
		UUID entryId = UUID.randomUUID();
		this.store.insertThread(threadId, client.id(), active.therapistId(), category, active.id(), now, respondBy);
		this.store.insertEntry(entryId, threadId, client.id(), Author.CLIENT, input.body(), now);
		this.mail.newMessage(active.therapistId(), threadId);
		return Sent.delivered(entryId, threadId, respondBy);
	}

	/**
	 * A reply in a thread: the linked therapist's answers it; the client's is delivered
	 * or kept like a new message of the thread's category (see the class comment). 400
	 * for an empty or too long body, 404 for anyone else's thread.
	 */
	@Transactional
	public Sent reply(CurrentUser me, UUID threadId, ReplyInput input) {
		checkBody(new InputProblems(), (input != null) ? input.body() : null).throwIfAny();
		MessageThread thread = visible(me, threadId, true);
		Instant now = now();
		UUID entryId = UUID.randomUUID();
		if (me.isTherapist()) {
			this.store.insertEntry(entryId, threadId, me.id(), Author.THERAPIST, input.body(), now);
			this.store.answered(threadId, now);
			return Sent.delivered(entryId, threadId, null);
		}
		Optional<ContactAgreement> agreement = this.agreements.activeFor(me)
			.filter((a) -> a.therapistId().equals(thread.therapistId()));
		Optional<KeptReason> kept = keptReason(agreement, thread.category());
		if (kept.isPresent()) {
			return keep(me, thread.category(), input.body(), kept.get());
		}
		Instant respondBy = thread.awaitingAnswer() ? thread.respondBy()
				: this.outlooks.of(me, agreement.get(), now).respondBy();
		this.store.insertEntry(entryId, threadId, me.id(), Author.CLIENT, input.body(), now);
		this.store.clientWrote(threadId, agreement.get().id(), now, respondBy);
		this.mail.newMessage(thread.therapistId(), threadId);
		return Sent.delivered(entryId, threadId, respondBy);
	}

	/**
	 * Threads newest first (by their latest message), without texts: a client's own; a
	 * therapist's with their linked clients, or with one ({@code clientId}, 404 unless
	 * linked). {@code before} is a thread's id or an instant.
	 */
	@Transactional(readOnly = true)
	public List<MessageThread> threads(CurrentUser me, UUID clientId, int limit, String before) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "messages.limit");
		}
		Instant cutoff = cutoff(me, before);
		if (me.isClient()) {
			return this.store.threads("client_id", me.id(), null, Author.CLIENT, cutoff, limit);
		}
		me.requireTherapist();
		Map<UUID, String> names = linkedNames(me, clientId);
		return this.store.threads("therapist_id", me.id(), names.keySet(), Author.THERAPIST, cutoff, limit)
			.stream()
			.map((t) -> t.withEntries(List.of(), names.get(t.clientId())))
			.toList();
	}

	/**
	 * One thread with its messages; the other side's messages are marked read, and the
	 * therapist's opening is written to the client's access log. 404 for anyone else's.
	 */
	@Transactional
	public MessageThread thread(CurrentUser me, UUID threadId) {
		MessageThread thread = visible(me, threadId, false);
		Author reader = me.isTherapist() ? Author.THERAPIST : Author.CLIENT;
		String name = null;
		if (me.isTherapist()) {
			name = this.links.requireLinkedClient(me, thread.clientId()).displayName();
			this.audit.record(me.id(), MessagesAudit.MESSAGE_READ, thread.clientId(), ITEM_TYPE, threadId.toString());
		}
		this.store.markRead(threadId, reader, now());
		List<MessageEntry> entries = this.store.entries(threadId);
		return this.store.thread(threadId, reader, false).orElseThrow().withEntries(entries, name);
	}

	/**
	 * What the client sees before sending: the categories they may send, when a message
	 * would be read and answered, the therapist's time away and its cover.
	 */
	@Transactional(readOnly = true)
	public SendingOutlook outlook(CurrentUser client) {
		client.requireClient();
		return this.agreements.activeFor(client)
			.map((a) -> this.outlooks.of(client, a, now()))
			.orElseGet(() -> this.outlooks.none(client, now()));
	}

	/**
	 * The threads of a checked link's pair opened or written to in {@code [from, to)},
	 * oldest first, without texts (for the pre-session brief, which logs its own read).
	 */
	@Transactional(readOnly = true)
	public List<MessageThread> between(LinkedClient client, Instant from, Instant to) {
		return this.store.between(client.id(), client.therapistId(), from.truncatedTo(ChronoUnit.MICROS), to);
	}

	private static Optional<KeptReason> keptReason(Optional<ContactAgreement> agreement, ContactCategory category) {
		if (category == ContactCategory.PHONE_EMERGENCY) {
			return Optional.of(KeptReason.PHONE_EMERGENCY);
		}
		if (agreement.isEmpty()) {
			return Optional.of(KeptReason.NO_AGREEMENT);
		}
		return agreement.get().allows(category) ? Optional.empty() : Optional.of(KeptReason.NOT_AGREED);
	}

	/** Keeps the message in the client's journal, private, for their next session. */
	private Sent keep(CurrentUser client, ContactCategory category, String body, KeptReason reason) {
		String title = this.texts.getMessage("messages.kept.title",
				new Object[] { this.texts.getMessage("contact.category." + category.name(), null, client.locale()) },
				client.locale());
		JournalEntry entry = this.journal.write(client, new NewJournalEntry(title, body, 0, true, false));
		return Sent.kept(entry.id(), reason);
	}

	/** The thread, if the caller may see it (the client's own, a linked therapist's). */
	private MessageThread visible(CurrentUser me, UUID threadId, boolean forUpdate) {
		Author reader = me.isTherapist() ? Author.THERAPIST : Author.CLIENT;
		MessageThread thread = this.store.thread(threadId, reader, forUpdate).orElseThrow(NotFoundException::new);
		boolean mine = me.isTherapist() ? thread.therapistId().equals(me.id()) : thread.clientId().equals(me.id());
		if (!mine) {
			throw new NotFoundException();
		}
		if (me.isTherapist()) {
			this.links.requireLinkedClient(me, thread.clientId());
		}
		return thread;
	}

	private Map<UUID, String> linkedNames(CurrentUser therapist, UUID clientId) {
		if (clientId != null) {
			LinkedClient one = this.links.requireLinkedClient(therapist, clientId);
			return Map.of(one.id(), one.displayName());
		}
		return this.links.clients(therapist)
			.stream()
			.collect(Collectors.toMap(LinkedClient::id, LinkedClient::displayName, (a, b) -> a));
	}

	private static ContactCategory check(MessageInput input) {
		InputProblems problems = new InputProblems();
		Optional<ContactCategory> category = ContactCategory.named((input != null) ? input.category() : null);
		problems.require(category.isPresent(), "category", "messages.category.unknown");
		checkBody(problems, (input != null) ? input.body() : null).throwIfAny();
		return category.get();
	}

	private static InputProblems checkBody(InputProblems problems, String body) {
		problems.require(body != null && !body.isBlank(), "body", "messages.body.empty");
		if (!problems.has("body")) {
			problems.require(body.length() <= MAX_BODY, "body", "messages.body.tooLong");
		}
		return problems;
	}

	private Instant cutoff(CurrentUser me, String before) {
		if (before == null || before.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(before.strip());
			Function<MessageThread, Instant> last = MessageThread::lastAt;
			return this.store.thread(id, Author.CLIENT, false)
				.filter((t) -> me.id().equals(me.isTherapist() ? t.therapistId() : t.clientId()))
				.map(last)
				.orElseThrow(() -> new InvalidInputException("before", "messages.before"));
		}
		catch (IllegalArgumentException notAnId) {
			try {
				return Instant.parse(before.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("before", "messages.before");
			}
		}
	}

	private Instant now() {
		// Micro-seconds survive the round trip through both databases unchanged.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
