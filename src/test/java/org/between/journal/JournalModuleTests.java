package org.between.journal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.TextCipher;
import org.between.shared.TextCiphers;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal against a real database; run on H2 and on PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class JournalModuleTests {

	/** Emoji with a skin tone and ZWJ, Hebrew and Arabic (RTL), combining marks, CJK. */
	static final String UNICODE = "Heute 😢👩🏽‍🦱 שלום عليكم e\u0301 n\u0303 Z\u0351\u0352\u0353 漢字 \u200F\r\n\ttab";

	static final String HOSTILE = "<script>alert('x')</script> '; DROP TABLE journal_entry; -- \" & <b>";

	@Autowired
	Journal journal;

	@Autowired
	JournalStore store;

	@Autowired
	TextCipher cipher;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	static NewJournalEntry entry(String title, String body, boolean bring, boolean share) {
		return new NewJournalEntry(title, body, 4, bring, share);
	}

	@Test
	void unicodeAndHostileTextComeBackExactlyAsWritten() {
		CurrentUser client = this.people.client();
		JournalEntry written = this.journal.write(client, entry(HOSTILE, UNICODE + HOSTILE, false, false));
		JournalEntry read = this.journal.entry(client, written.id());
		assertThat(read.title().getBytes(StandardCharsets.UTF_8)).isEqualTo(HOSTILE.getBytes(StandardCharsets.UTF_8));
		assertThat(read.body().getBytes(StandardCharsets.UTF_8))
			.isEqualTo((UNICODE + HOSTILE).getBytes(StandardCharsets.UTF_8));
		assertThat(read.createdAt()).isEqualTo(written.createdAt());
		assertThat(this.jdbcTemplate.queryForObject("select count(*) from journal_entry", Integer.class)).isPositive();
	}

	@Test
	void noColumnOfAnyRowOfAnyTableHoldsTheTextInTheClear() {
		String marker = "marker-" + UUID.randomUUID();
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		JournalEntry written = this.journal.write(client, entry("Title " + marker, "Body " + marker, true, true));
		this.journal.sharedEntry(therapist, client.id(), written.id());
		this.journal.change(client, written.id(), new JournalEntryChange(null, "Changed " + marker, null, null, null));

		List<String> tables = this.jdbcTemplate
			.queryForList("select table_name from information_schema.tables where lower(table_schema) = 'public' "
					+ "and upper(table_type) in ('BASE TABLE', 'TABLE')", String.class);
		assertThat(tables).map(String::toLowerCase).contains("journal_entry", "journal_read", "audit_log");
		int cells = 0;
		for (String table : tables) {
			for (Map<String, Object> row : this.jdbcTemplate.queryForList("select * from \"" + table + "\"")) {
				for (Object value : row.values()) {
					cells++;
					String text = (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
							: String.valueOf(value);
					assertThat(text).as("a column of %s", table).doesNotContain(marker);
				}
			}
		}
		assertThat(cells).isPositive();
		Map<String, Object> raw = this.jdbcTemplate.queryForMap("select * from journal_entry where id = ?",
				written.id());
		assertThat(((Number) raw.get("key_id")).longValue()).isEqualTo(this.cipher.primaryKeyId());
		assertThat(this.journal.entry(client, written.id()).body()).isEqualTo("Changed " + marker);
	}

	@Test
	void aCiphertextMovedToAnotherRowNoLongerDecrypts() {
		CurrentUser client = this.people.client();
		JournalEntry a = this.journal.write(client, entry("A", "first", false, false));
		JournalEntry b = this.journal.write(client, entry("B", "second", false, false));
		this.jdbcTemplate.update(
				"update journal_entry set body_cipher = (select body_cipher from journal_entry where id = ?) where id = ?",
				a.id(), b.id());
		assertThatThrownBy(() -> this.journal.entry(client, b.id())).isInstanceOf(IllegalStateException.class);
		assertThat(this.journal.entry(client, a.id()).body()).isEqualTo("first");
	}

	@Test
	void searchFindsTitleAndBodyIgnoringCaseNewestFirstAndPages() {
		CurrentUser client = this.people.client();
		CurrentUser other = this.people.client();
		JournalEntry first = this.journal.write(client, entry("Sunday", "The SEA was calm", false, false));
		this.clock.advance(Duration.ofMinutes(1));
		JournalEntry second = this.journal.write(client, entry(null, "Thought about the sea again", false, false));
		this.clock.advance(Duration.ofMinutes(1));
		this.journal.write(client, entry("Work", "Nothing else", false, false));
		this.journal.write(other, entry("Sea", "sea sea", false, false));

		assertThat(this.journal.entries(client, "sEa", 100, null)).extracting(JournalEntry::id)
			.containsExactly(second.id(), first.id());
		assertThat(this.journal.entries(client, "sunday", 100, null)).extracting(JournalEntry::id)
			.containsExactly(first.id());
		assertThat(this.journal.entries(client, null, 100, null)).hasSize(3);
		assertThat(this.journal.entries(client, null, 1, second.id().toString())).extracting(JournalEntry::id)
			.containsExactly(first.id());
		assertThat(this.journal.entries(client, "sea", 100, second.createdAt().toString())).extracting(JournalEntry::id)
			.containsExactly(first.id());
		assertThatThrownBy(() -> this.journal.entries(client, null, 501, null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void sharingMatrixAndReadReceipts() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		CurrentUser stranger = this.people.therapist();
		CurrentUser otherClient = this.people.client();
		JournalEntry shared = this.journal.write(client, entry("Shared", "for you", true, true));
		JournalEntry own = this.journal.write(client, entry("Mine", "only mine", true, false));

		assertThat(this.journal.sharedEntries(therapist, client.id())).extracting(SharedEntrySummary::id)
			.containsExactly(shared.id());
		assertThat(this.journal.sharedEntry(therapist, client.id(), shared.id()).body()).isEqualTo("for you");
		assertThatThrownBy(() -> this.journal.sharedEntry(therapist, client.id(), own.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.journal.sharedEntry(stranger, client.id(), shared.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.journal.sharedEntries(stranger, client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.journal.entry(otherClient, shared.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.journal.entry(therapist, shared.id())).isInstanceOf(ForbiddenException.class);

		assertThat(this.journal.reads(client, shared.id())).singleElement().satisfies((read) -> {
			assertThat(read.readerId()).isEqualTo(therapist.id());
			assertThat(read.readerName()).isEqualTo(therapist.displayName());
		});
		assertThat(this.audit.about(client.id(), 5)).first().satisfies((row) -> {
			assertThat(row.action()).isEqualTo("JOURNAL_ENTRY_READ");
			assertThat(row.itemType()).isEqualTo("JOURNAL_ENTRY");
			assertThat(row.itemId()).isEqualTo(shared.id().toString());
		});

		this.journal.change(client, shared.id(), JournalEntryChange.flags(true, false));
		assertThatThrownBy(() -> this.journal.sharedEntry(therapist, client.id(), shared.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.journal.sharedEntries(therapist, client.id())).isEmpty();
		assertThat(this.journal.reads(client, shared.id())).hasSize(1);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theAgendaListsWhatToBringAndShowsTitlesOnlyOfSharedEntries() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		Instant start = this.clock.instant().minusSeconds(1);
		JournalEntry shared = this.journal.write(client, entry("Talk about work", "long text", true, true));
		JournalEntry privateOne = this.journal.write(client, entry("Private", "secret", true, false));
		this.journal.write(client, entry("Not for session", "x", false, true));

		assertThat(this.journal.agendaCount(client)).isEqualTo(2);
		assertThat(this.journal.agenda(this.links.requireLinkedClient(therapist, client.id())))
			.extracting(AgendaItem::entryId, AgendaItem::shared, AgendaItem::title)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(shared.id(), true, "Talk about work"),
					org.assertj.core.groups.Tuple.tuple(privateOne.id(), false, null));

		this.clock.advance(Duration.ofDays(1));
		Instant later = this.clock.instant();
		assertThat(this.journal.sharedSince(therapist, client.id(), start)).hasSize(2);
		assertThat(this.journal.sharedSince(therapist, client.id(), later)).isEmpty();
		this.journal.change(client, privateOne.id(), JournalEntryChange.flags(true, true));
		assertThat(this.journal.sharedSince(therapist, client.id(), later)).extracting(JournalEntry::id)
			.containsExactly(privateOne.id());
		assertThat(this.journal.reads(client, privateOne.id())).hasSize(1);
	}

	@Test
	void badInputIsRefusedWithEveryField() {
		CurrentUser client = this.people.client();
		assertThatThrownBy(() -> this.journal.write(client, new NewJournalEntry("t".repeat(201), "  ", 11, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::field)
						.containsExactly("title", "body", "intensity"));
		assertThatThrownBy(
				() -> this.journal.write(client, new NewJournalEntry(null, "x".repeat(20_001), 1, null, null)))
			.isInstanceOf(InvalidInputException.class);
		JournalEntry ok = this.journal.write(client, new NewJournalEntry(null, "y".repeat(20_000), 0, null, null));
		assertThat(this.journal.entry(client, ok.id()).body()).hasSize(20_000);
	}

	@Test
	void deletingRemovesTheEntryAndItsReads() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		JournalEntry shared = this.journal.write(client, entry(null, "gone soon", false, true));
		this.journal.sharedEntry(therapist, client.id(), shared.id());
		this.journal.delete(client, shared.id());
		assertThatThrownBy(() -> this.journal.entry(client, shared.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.jdbcTemplate.queryForObject("select count(*) from journal_read where entry_id = ?",
				Integer.class, shared.id()))
			.isZero();
	}

	/**
	 * Entries written under key 1 still read after a new key 2 becomes primary; new
	 * entries use key 2; re-encryption moves every old one to key 2, after which key 1 is
	 * no longer needed. (The database is shared with other tests, so key 1 is the
	 * application's own key, and the test moves everything back at the end.)
	 */
	@Test
	void keyRotationKeepsOldEntriesReadableAndReencryptionMovesThem() {
		KeysetHandle one = TextCiphers.keyset(this.cipher);
		KeysetHandle oneAndTwo = TextCiphers.rotate(one);
		long keyOne = TextCiphers.primaryId(one);
		long keyTwo = TextCiphers.primaryId(oneAndTwo);
		assertThat(keyOne).isEqualTo(this.cipher.primaryKeyId());
		assertThat(keyTwo).isNotEqualTo(keyOne);

		UUID clientId = this.people.client().id();
		StoredEntry old = stored(clientId, "written under key 1 ✍️");
		this.store.insert(old);
		assertThat(keyOf(old.id())).isEqualTo(keyOne);

		JournalStore rotated = new JournalStore(this.jdbcClient, TextCiphers.of(oneAndTwo));
		assertThat(rotated.find(old.id()).orElseThrow().body()).isEqualTo("written under key 1 ✍️");
		StoredEntry fresh = stored(clientId, "written under key 2");
		rotated.insert(fresh);
		assertThat(keyOf(fresh.id())).isEqualTo(keyTwo);
		assertThatThrownBy(() -> this.store.find(fresh.id())).as("the old keyset cannot read key 2")
			.isInstanceOf(IllegalStateException.class);

		JournalStore onlyTwo = new JournalStore(this.jdbcClient,
				TextCiphers.of(TextCiphers.without(oneAndTwo, keyOne)));
		assertThatThrownBy(() -> onlyTwo.find(old.id())).isInstanceOf(IllegalStateException.class);

		try {
			assertThat(TextCiphers.reencryptAll(rotated, this.transactions)).isPositive();
			assertThat(keyOf(old.id())).isEqualTo(keyTwo);
			assertThat(onlyTwo.find(old.id()).orElseThrow().body()).isEqualTo("written under key 1 ✍️");
		}
		finally {
			JournalStore back = new JournalStore(this.jdbcClient,
					TextCiphers.of(TextCiphers.primary(oneAndTwo, keyOne)));
			TextCiphers.reencryptAll(back, this.transactions);
		}
		assertThat(this.store.find(fresh.id()).orElseThrow().body()).isEqualTo("written under key 2");
	}

	/**
	 * Not a timing assertion: prints the search time over 5 000 entries of one client and
	 * the encryption cost per entry, for docs/journal.md.
	 */
	@Test
	void searchOverFiveThousandEntriesIsMeasured() {
		UUID clientId = this.people.client().id();
		String body = "Today I walked to the river and thought about what she said. ".repeat(12);
		List<StoredEntry> entries = new ArrayList<>();
		Instant t = this.clock.instant().minus(Duration.ofDays(5000));
		for (int i = 0; i < 5000; i++) {
			entries.add(new StoredEntry(UUID.randomUUID(), clientId, 0, "Entry " + i,
					(i == 4321) ? body + " needle-in-the-haystack" : body, i % 11, false, false, null,
					t.plusSeconds(i * 3600L), t.plusSeconds(i * 3600L)));
		}
		for (StoredEntry e : entries) {
			// warm-up, so that the figure is not the JIT's
			this.cipher.encrypt(JournalStore.TABLE, e.id(), JournalStore.BODY, e.body());
		}
		long encryptStart = System.nanoTime();
		for (StoredEntry e : entries) {
			this.cipher.encrypt(JournalStore.TABLE, e.id(), JournalStore.BODY, e.body());
		}
		long encryptNanos = System.nanoTime() - encryptStart;
		long insertStart = System.nanoTime();
		this.transactions.executeWithoutResult((s) -> entries.forEach(this.store::insert));
		long insertNanos = System.nanoTime() - insertStart;

		CurrentUser client = this.accounts.refresh(clientId);
		this.journal.entries(client, "warm-up", 100, null);
		long searchStart = System.nanoTime();
		List<JournalEntry> found = this.journal.entries(client, "NEEDLE-in-the", 100, null);
		long searchNanos = System.nanoTime() - searchStart;
		long readStart = System.nanoTime();
		List<StoredEntry> all = this.store.all(clientId);
		long readNanos = System.nanoTime() - readStart;

		assertThat(found).singleElement().satisfies((e) -> assertThat(e.title()).isEqualTo("Entry 4321"));
		assertThat(all).hasSize(5000);
		System.out.printf(
				"JOURNAL BENCH [%s] 5000 entries of %d chars: search %d ms (read+decrypt all %d ms); "
						+ "encrypt %.1f µs/entry; insert %.2f ms/entry%n",
				getClass().getSimpleName(), body.length(), searchNanos / 1_000_000, readNanos / 1_000_000,
				encryptNanos / 5000 / 1000.0, insertNanos / 5000 / 1_000_000.0);
	}

	private long keyOf(UUID id) {
		return this.jdbcTemplate.queryForObject("select key_id from journal_entry where id = ?", Long.class, id);
	}

	private StoredEntry stored(UUID clientId, String body) {
		Instant now = this.clock.instant();
		return new StoredEntry(UUID.randomUUID(), clientId, 0, null, body, 3, false, false, null, now, now);
	}

}
