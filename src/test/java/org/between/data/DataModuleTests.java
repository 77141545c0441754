package org.between.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.between.accounts.AccountDeletion;
import org.between.accounts.Accounts;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.accounts.SignIn;
import org.between.accounts.TotpCodes;
import org.between.calendar.CalendarFeeds;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.measures.Measures;
import org.between.policy.MakeUpRule;
import org.between.policy.Policies;
import org.between.policy.PolicyInput;
import org.between.safety.Contact;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.sessions.SessionKind;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.between.shared.PersonalData;
import org.between.shared.UnauthorizedException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.between.toolbox.Toolbox.NewSkill;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export, the deletion and the erasure against a real database (H2 and PostgreSQL by
 * the subclasses): a client with data in the modules, every table read from the database
 * itself.
 */
@ModuleTest
abstract class DataModuleTests {

	static final String PASSWORD = "a long and unusual passphrase 42";

	static final String JOURNAL_TEXT = "Journal words only I should read 7c1f";

	static final String NOTE_TEXT = "Check-in note that is mine 9d2e";

	static final String PLAN_TEXT = "Breathe by the window 4a8b";

	/** Audit rows are kept after an erasure (ids only: docs/retention.md). */
	static final Set<String> KEPT = Set.of("audit_log");

	@Autowired
	DataExport export;

	@Autowired
	DataDeletion deletion;

	@Autowired
	AccountDeletion accountDeletion;

	@Autowired
	List<PersonalData> parts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	SignIn signIn;

	@Autowired
	MutableClock clock;

	@Autowired
	Checkins checkins;

	@Autowired
	Journal journal;

	@Autowired
	Measures measures;

	@Autowired
	Toolbox toolbox;

	@Autowired
	SafetyPlans plans;

	@Autowired
	Sessions sessions;

	@Autowired
	Policies policies;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	AuditLog audit;

	@Autowired
	JsonMapper json;

	ModulePeople people;

	Instant t;

	@BeforeEach
	void setUp() {
		this.t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.clock.set(this.t);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	record Person(CurrentUser user, String email) {
	}

	Person signUp(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		var account = this.accounts
			.signUp(new NewAccount(email, PASSWORD, "Data " + role, role, "Europe/London", "en"));
		CurrentUser user = this.accounts.refresh(account.id());
		if (role == Role.THERAPIST) {
			var enrolment = this.accounts.startTotp(user);
			user = this.accounts.confirmTotp(user, TotpCodes.codeAt(enrolment.secret(), this.clock.instant()));
		}
		return new Person(user, email);
	}

	/** A therapist (policy, calendar) and their client with data in most modules. */
	Person[] richPair() {
		CurrentUser therapist = this.people.therapist();
		Person client = signUp(Role.CLIENT);
		String code = this.links.invite(therapist, new ClientLinks.InvitationRequest(null)).code();
		this.links.accept(client.user(), code, "192.0.2.77", ModulePeople.SHARES_EVERYTHING);
		this.policies.publish(therapist, new PolicyInput(24, new BigDecimal("40"), new BigDecimal("80"), "eur", true,
				MakeUpRule.WHEN_AVAILABLE, "Ask me about a reduced fee.", null));
		this.sessions.book(therapist, client.user().id(),
				new SessionRequest(this.t.plus(Duration.ofDays(2)), 50, SessionKind.REGULAR, null, null));
		this.checkins.record(client.user(), new NewCheckin(this.t.minus(Duration.ofHours(1)).toString(), 3, 4, null,
				Map.of("QUIT_THERAPY", 1), null, null, NOTE_TEXT));
		this.journal.write(client.user(), new NewJournalEntry("A title", JOURNAL_TEXT, 4, true, true));
		this.measures.respond(client.user(), "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));
		var skill = this.toolbox.create(client.user(), new NewSkill("Window", List.of("open it"), List.of()));
		this.toolbox.practise(client.user(), skill.id(), new NewPractice(7, 4, null, 5, "practice note"));
		this.plans.save(client.user(), new SafetyPlanInput(List.of("I go quiet"), List.of(PLAN_TEXT), List.of(),
				List.of(new Contact("Maya", "+44 7700 900123")), List.of(), List.of(), List.of("My cat"), true, null));
		this.feeds.feedUrl(client.user());
		this.feeds.feedUrl(therapist);
		return new Person[] { new Person(therapist, null), client };
	}

	Map<String, byte[]> exportOf(CurrentUser me) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(me, out);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static List<Error> validate(byte[] dataJson) throws IOException {
		try (InputStream schemaFile = DataModuleTests.class.getResourceAsStream("/export/data.schema.json")) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(schemaFile, InputFormat.JSON);
			return schema.validate(new String(dataJson, StandardCharsets.UTF_8), InputFormat.JSON);
		}
	}

	@Test
	void theClientsExportHoldsEveryPartDecryptedAndMatchesTheSchema() throws IOException {
		Person client = richPair()[1];

		Map<String, byte[]> zip = exportOf(client.user());

		assertThat(zip).containsOnlyKeys("data.json", "checkins.csv", "measures.fhir.json", "summary.pdf");
		assertThat(validate(zip.get("data.json"))).isEmpty();
		JsonNode data = this.json.readTree(zip.get("data.json"));
		assertThat(data.path("person").path("id").asString()).isEqualTo(client.user().id().toString());
		JsonNode parts = data.path("parts");
		assertThat(parts.propertyNames()).containsAll(this.parts.stream().map(PersonalData::name).toList());
		assertThat(parts.path("journal").path("journal_entry").get(0).path("body").asString()).isEqualTo(JOURNAL_TEXT);
		assertThat(parts.path("checkin").path("checkin_entry").get(0).path("note").asString()).isEqualTo(NOTE_TEXT);
		assertThat(parts.path("accounts").path("accounts_user").get(0).path("email").asString())
			.isEqualTo(client.email());
		assertThat(parts.path("accounts").path("accounts_user").get(0).has("password_hash")).isFalse();
		assertThat(new String(zip.get("data.json"), StandardCharsets.UTF_8)).contains(PLAN_TEXT)
			.doesNotContain("_cipher\"");
		String[] csv = new String(zip.get("checkins.csv"), StandardCharsets.UTF_8).split("\r\n");
		assertThat(csv).hasSize(2);
		assertThat(csv[0]).startsWith("id,at,recorded_at,mood,distress");
		assertThat(csv[1]).contains(NOTE_TEXT);
		JsonNode fhir = this.json.readTree(zip.get("measures.fhir.json"));
		assertThat(fhir.path("resourceType").asString()).isEqualTo("Bundle");
		assertThat(fhir.path("type").asString()).isEqualTo("collection");
		// one response: its QuestionnaireResponse, its Observation and the one Patient
		// (US Core)
		assertThat(fhir.path("entry").size()).isEqualTo(3);
		assertThat(fhir.path("entry").get(2).path("resource").path("resourceType").asString()).isEqualTo("Patient");
		assertThat(new String(zip.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(zip.get("summary.pdf"))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Your data in Between", "Questionnaires", "PHQ-9", "Mild", "Check-ins", NOTE_TEXT,
					"Journal", JOURNAL_TEXT, PLAN_TEXT);
		}
		assertThat(this.audit.about(client.user().id(), 5)).extracting((e) -> e.action()).contains("DATA_EXPORTED");
	}

	@Test
	void aTherapistsExportHoldsTheirOwnDataAndNoClientsWriting() throws IOException {
		Person[] pair = richPair();

		Map<String, byte[]> zip = exportOf(pair[0].user());

		assertThat(zip).containsOnlyKeys("data.json", "summary.pdf");
		assertThat(validate(zip.get("data.json"))).isEmpty();
		String data = new String(zip.get("data.json"), StandardCharsets.UTF_8);
		assertThat(data).doesNotContain(JOURNAL_TEXT, NOTE_TEXT, PLAN_TEXT, "practice note", pair[1].email());
		JsonNode parts = this.json.readTree(data).path("parts");
		assertThat(parts.path("policy").path("frame_policy_version").size()).isEqualTo(1);
		assertThat(parts.path("sessions").path("frame_session").size()).isEqualTo(1);
	}

	/**
	 * Every column of every table (read from the database) that holds the person's id or
	 * e-mail must be named by some part's {@code covers()}: a module that adds a table of
	 * people's rows and no PersonalData fails here, with the table's name.
	 */
	@Test
	void everyTableHoldingThePersonsRowsIsCoveredByAPart() {
		Person[] pair = richPair();
		Set<String> covered = new HashSet<>();
		this.parts.forEach((p) -> covered.addAll(p.covers()));

		List<String> missing = new ArrayList<>();
		for (Person person : pair) {
			missing.addAll(columnsNaming(person).stream().filter((c) -> !covered.contains(c)).toList());
		}
		assertThat(missing).as("tables with the person's rows that no PersonalData covers").isEmpty();

		List<String> unnamed = new ArrayList<>();
		for (Column column : columns()) {
			boolean namesPerson = column.name()
				.matches(
						"(user|client|therapist|author|reader|actor|subject|cover|colleague|covering_therapist|written_by)_id|accepted_by|added_by|cancelled_by|principal_name|recipient|account_key");
			if (namesPerson && !covered.contains(column.table() + "." + column.name())) {
				unnamed.add(column.table() + "." + column.name());
			}
		}
		assertThat(unnamed).as("columns that name a person and that no PersonalData covers").isEmpty();
	}

	@Test
	void anErasedClientLeavesNoRowNamingThemAndTheAuditChainStillVerifies() {
		Person[] pair = richPair();
		Person client = pair[1];
		assertThat(columnsNaming(client)).isNotEmpty();

		Instant eraseAfter = this.deletion.request(client.user(), PASSWORD, "192.0.2.78");
		assertThat(eraseAfter).isEqualTo(this.t.plus(Duration.ofDays(7)));
		assertThatThrownBy(() -> this.signIn.checkPassword(client.email(), PASSWORD, "192.0.2.78"))
			.isInstanceOf(UnauthorizedException.class)
			.hasMessage("signIn.deletionPending");
		this.clock.set(eraseAfter.minusSeconds(1));
		this.deletion.eraseDue();
		assertThat(this.accountDeletion.pending(client.user().id())).isPresent();

		this.clock.set(eraseAfter);
		assertThat(this.deletion.eraseDue()).isGreaterThanOrEqualTo(1);

		assertThat(columnsNaming(client)).as("rows still naming the erased client")
			.allSatisfy((c) -> assertThat(c).startsWith("audit_log."));
		// What stays: audit rows of ids and action names, no text anyone wrote.
		List<Map<String, Object>> kept = this.jdbc.queryForList(
				"select action, item_type, item_id from audit_log where subject_id = ? or actor_id = ?",
				client.user().id(), client.user().id());
		assertThat(kept).isNotEmpty().allSatisfy((row) -> {
			assertThat((String) row.get("item_type")).matches("[A-Z_]*");
			assertThat(String.valueOf(row.get("item_id"))).matches("[0-9a-f-]{36}|null|[0-9A-Za-z_:,-]{0,64}");
		});
		assertThat(kept).extracting((row) -> row.get("action")).contains("DATA_ERASED", "DELETION_REQUESTED");
		assertThat(this.audit.verify().intact()).isTrue();
		// The therapist keeps their own rows.
		assertThat(this.jdbc.queryForObject("select count(*) from frame_policy_version where therapist_id = ?",
				Integer.class, pair[0].user().id()))
			.isEqualTo(1);
	}

	@Test
	void anErasedTherapistWithoutClientsLeavesNoRowNamingThem() {
		Person therapist = signUp(Role.THERAPIST);
		this.policies.publish(this.accounts.refresh(therapist.user().id()), new PolicyInput(24, new BigDecimal("40"),
				new BigDecimal("80"), "eur", true, MakeUpRule.WHEN_AVAILABLE, null, null));
		this.feeds.feedUrl(therapist.user());
		this.people.colleagueOf(therapist.user());

		this.deletion.request(therapist.user(), PASSWORD, "192.0.2.79");
		this.clock.set(this.t.plus(Duration.ofDays(7)));
		this.deletion.eraseDue();

		assertThat(columnsNaming(therapist)).allSatisfy((c) -> assertThat(c).startsWith("audit_log."));
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void restoreWorksWithinTheGracePeriodAndNotAfter() {
		Person client = signUp(Role.CLIENT);
		this.deletion.request(client.user(), PASSWORD, "192.0.2.80");

		assertThatThrownBy(() -> this.deletion.restore(client.email(), "wrong password entirely", "192.0.2.80"))
			.isInstanceOf(UnauthorizedException.class);
		this.clock.set(this.t.plus(Duration.ofDays(7)).minusSeconds(1));
		this.deletion.restore(client.email(), PASSWORD, "192.0.2.80");
		assertThat(this.accountDeletion.pending(client.user().id())).isEmpty();
		assertThat(this.signIn.checkPassword(client.email(), PASSWORD, "192.0.2.80").userId())
			.isEqualTo(client.user().id());
		assertThatThrownBy(() -> this.deletion.restore(client.email(), PASSWORD, "192.0.2.80"))
			.isInstanceOf(NotFoundException.class);

		this.deletion.request(client.user(), PASSWORD, "192.0.2.80");
		this.clock.set(this.clock.instant().plus(Duration.ofDays(7)));
		assertThatThrownBy(() -> this.deletion.restore(client.email(), PASSWORD, "192.0.2.80"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aWrongPasswordChangesNothingAndASecondRequestConflicts() {
		Person client = signUp(Role.CLIENT);

		assertThatThrownBy(() -> this.deletion.request(client.user(), "not my password at all", "192.0.2.81"))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.accountDeletion.pending(client.user().id())).isEmpty();

		this.deletion.request(client.user(), PASSWORD, "192.0.2.81");
		assertThatThrownBy(() -> this.deletion.request(client.user(), PASSWORD, "192.0.2.81"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("data.delete.pending");
	}

	@Test
	void aTherapistWithLinkedClientsIsRefused() {
		Person therapist = signUp(Role.THERAPIST);
		CurrentUser client = this.people.client();
		String code = this.links.invite(therapist.user(), new ClientLinks.InvitationRequest(null)).code();
		this.links.accept(client, code, "192.0.2.82");

		assertThatThrownBy(() -> this.deletion.request(therapist.user(), PASSWORD, "192.0.2.82"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("data.delete.linkedClients");
		assertThat(this.accountDeletion.pending(therapist.user().id())).isEmpty();
	}

	record Column(String table, String name, String type) {
	}

	List<Column> columns() {
		return this.jdbc
			.query("select lower(table_name), lower(column_name), lower(data_type) from information_schema.columns "
					+ "where lower(table_schema) = 'public' and lower(table_name) <> 'flyway_schema_history' order by 1, 2",
					(rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	/**
	 * {@code table.column} of every column holding the person's id or e-mail in some row.
	 */
	List<String> columnsNaming(Person person) {
		List<String> found = new ArrayList<>();
		String id = person.user().id().toString();
		for (Column c : columns()) {
			String sql;
			Object[] args;
			if (c.type().equals("uuid")) {
				sql = "select count(*) from " + c.table() + " where " + c.name() + " = ?";
				args = new Object[] { person.user().id() };
			}
			else if (c.type().contains("char") || c.type().contains("text")) {
				sql = "select count(*) from " + c.table() + " where " + c.name() + " like ?"
						+ ((person.email() != null) ? " or lower(" + c.name() + ") like ?" : "");
				args = (person.email() != null) ? new Object[] { "%" + id + "%", "%" + person.email() + "%" }
						: new Object[] { "%" + id + "%" };
			}
			else {
				continue;
			}
			Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
			if (count != null && count > 0) {
				found.add(c.table() + "." + c.name());
			}
		}
		return found;
	}

}
