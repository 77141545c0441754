package org.between.messages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.contact.ContactCategory;
import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Threads in {@code messages_thread}, their messages in {@code messages_entry}. Bodies
 * are encrypted with {@link TextCipher} (associated data
 * {@code messages_entry/<id>/body}); after a key rotation the shared re-encryption calls
 * {@link #reencryptBatch}.
 */
@Component
class MessageStore implements EncryptedRows {

	static final String ENTRIES = "messages_entry";

	private static final String BODY = "body";

	/** The one re-encryption loop of every table (docs/encryption.md). */
	private static final StaleRows ROWS = StaleRows.of(ENTRIES, BODY);

	private static final String THREAD_COLUMNS = "t.id, t.client_id, t.therapist_id, t.category, t.opened_at, "
			+ "t.respond_by, t.answered_at, t.last_at, "
			+ "(select count(*) from messages_entry e where e.thread_id = t.id and e.author <> ? "
			+ "and e.read_at is null) as unread, "
			+ "(select max(e.read_at) from messages_entry e where e.thread_id = t.id and e.author = 'CLIENT') "
			+ "as read_by_therapist, "
			+ "(select max(e.read_at) from messages_entry e where e.thread_id = t.id and e.author = 'THERAPIST') "
			+ "as read_by_client";

	private static final String ENTRY_COLUMNS = "id, thread_id, author, key_id, body_cipher, sent_at, read_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	MessageStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insertThread(UUID id, UUID clientId, UUID therapistId, ContactCategory category, UUID agreementId, Instant at,
			Instant respondBy) {
		this.jdbc.sql("""
				insert into messages_thread (id, client_id, therapist_id, category, agreement_id, opened_at,
				respond_by, answered_at, last_at) values (?, ?, ?, ?, ?, ?, ?, null, ?)""")
			.params(id, clientId, therapistId, category.name(), agreementId, utc(at), utc(respondBy), utc(at))
			.update();
	}

	void insertEntry(UUID id, UUID threadId, UUID authorId, Author author, String body, Instant at) {
		this.jdbc.sql("insert into " + ENTRIES + " (" + ENTRY_COLUMNS + ", author_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, threadId, author.name(), this.cipher.primaryKeyId(), encrypt(id, body), utc(at), null, authorId)
			.update();
	}

	/** The therapist answered: nothing is owed until the client writes again. */
	void answered(UUID threadId, Instant at) {
		this.jdbc.sql("update messages_thread set answered_at = ?, last_at = ? where id = ?")
			.params(utc(at), utc(at), threadId)
			.update();
	}

	/**
	 * The client wrote again: an answer is owed by {@code respondBy} (kept when one was
	 * owed already).
	 */
	void clientWrote(UUID threadId, UUID agreementId, Instant at, Instant respondBy) {
		this.jdbc
			.sql("update messages_thread set answered_at = null, respond_by = ?, agreement_id = ?, last_at = ? "
					+ "where id = ?")
			.params(utc(respondBy), agreementId, utc(at), threadId)
			.update();
	}

	/** Marks the other side's unread messages of the thread as read now. */
	void markRead(UUID threadId, Author reader, Instant at) {
		this.jdbc.sql("update " + ENTRIES + " set read_at = ? where thread_id = ? and author <> ? and read_at is null")
			.params(utc(at), threadId, reader.name())
			.update();
	}

	/** One thread, locked when {@code forUpdate}, unread counted for {@code reader}. */
	Optional<MessageThread> thread(UUID id, Author reader, boolean forUpdate) {
		return this.jdbc
			.sql("select " + THREAD_COLUMNS + " from messages_thread t where t.id = ?"
					+ (forUpdate ? " for update" : ""))
			.params(reader.name(), id)
			.query(this::thread)
			.optional();
	}

	/**
	 * Threads of a client (with a therapist) or of a therapist with any of
	 * {@code clientIds}, latest message first, older than {@code before} when given.
	 */
	List<MessageThread> threads(String column, UUID owner, Collection<UUID> clientIds, Author reader, Instant before,
			int limit) {
		if (clientIds != null && clientIds.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select " + THREAD_COLUMNS + " from messages_thread t where t.")
			.append(column)
			.append(" = :owner");
		if (clientIds != null) {
			sql.append(" and t.client_id in (:clients)");
		}
		if (before != null) {
			sql.append(" and t.last_at < :before");
		}
		sql.append(" order by t.last_at desc, t.id limit :limit");
		var statement = this.jdbc.sql(sql.toString().replace("e.author <> ?", "e.author <> :reader"))
			.param("reader", reader.name())
			.param("owner", owner)
			.param("limit", limit);
		if (clientIds != null) {
			statement = statement.param("clients", clientIds);
		}
		if (before != null) {
			statement = statement.param("before", utc(before));
		}
		return statement.query(this::thread).list();
	}

	/** Threads of the pair opened or written to in {@code [from, to)}, oldest first. */
	List<MessageThread> between(UUID clientId, UUID therapistId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + THREAD_COLUMNS + " from messages_thread t where t.client_id = ? and t.therapist_id = ? "
					+ "and t.last_at >= ? and t.opened_at < ? order by t.opened_at")
			.params(Author.THERAPIST.name(), clientId, therapistId, utc(from), utc(to))
			.query(this::thread)
			.list();
	}

	List<MessageEntry> entries(UUID threadId) {
		return this.jdbc
			.sql("select " + ENTRY_COLUMNS + " from " + ENTRIES + " where thread_id = ? order by sent_at, id")
			.param(threadId)
			.query(this::entry)
			.list();
	}

	/**
	 * Replies of therapists that their client has not read, sent in {@code [from, to)}
	 * (the facts of {@link ReplyReminders}).
	 */
	List<UnreadReply> unreadReplies(Instant from, Instant to) {
		return this.jdbc.sql("""
				select t.client_id, e.id, e.thread_id, e.sent_at from messages_entry e
				join messages_thread t on t.id = e.thread_id
				where e.author = 'THERAPIST' and e.read_at is null and e.sent_at >= ? and e.sent_at < ?""")
			.params(utc(from), utc(to))
			.query((rs, n) -> new UnreadReply(rs.getObject("client_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getObject("thread_id", UUID.class), instant(rs, "sent_at")))
			.list();
	}

	@Override
	public String table() {
		return ENTRIES;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	/** A therapist's reply the client has not opened yet. */
	record UnreadReply(UUID clientId, UUID entryId, UUID threadId, Instant sentAt) {
	}

	private MessageThread thread(ResultSet rs, int n) throws SQLException {
		return new MessageThread(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), null,
				rs.getObject("therapist_id", UUID.class), ContactCategory.valueOf(rs.getString("category")),
				instant(rs, "opened_at"), instant(rs, "respond_by"), instant(rs, "answered_at"), instant(rs, "last_at"),
				rs.getInt("unread"), instant(rs, "read_by_therapist"), instant(rs, "read_by_client"), List.of());
	}

	private MessageEntry entry(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new MessageEntry(id, Author.valueOf(rs.getString("author")),
				this.cipher.decrypt(ENTRIES, id, BODY, rs.getString("body_cipher")), instant(rs, "sent_at"),
				instant(rs, "read_at"));
	}

	private String encrypt(UUID id, String body) {
		return this.cipher.encrypt(ENTRIES, id, BODY, body);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
