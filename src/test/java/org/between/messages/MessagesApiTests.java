package org.between.messages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md's messages rows: routing by the contact agreement (agreed, not agreed, no
 * agreement, outside the reading hours, during time away) with the application's clock,
 * {@code respondBy} across a weekend and a daylight-saving change, 400s, 404s for anyone
 * else, the reply that answers a thread, read marks both ways, the audited read, the
 * encrypted column and the e-mail notice without content. The therapist's zone is
 * Europe/Vienna; reading hours are the default, Monday to Friday 09:00 to 17:00.
 */
class MessagesApiTests extends WebTest {

	/** Monday 7 December 2026, 10:00 in Vienna. */
	static final Instant MONDAY_10 = Instant.parse("2026-12-07T09:00:00Z");

	@org.springframework.beans.factory.annotation.Autowired
	ReplyReminders replyReminders;

	Signed therapist;

	Signed client;

	@BeforeEach
	void pair() throws Exception {
		this.clock.set(MONDAY_10);
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
	}

	void agree(List<String> categories, int hours) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("allowedCategories", categories);
		body.put("responseTimeHours", hours);
		body.put("crisisInstructions", "Call the crisis line, then leave me a message.");
		body.put("duringAbsences", "My colleague covers; the number is in my note.");
		MvcResult proposed = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/contact-agreements", toJson(body))
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		this.mvc
			.perform(post("/api/v1/contact-agreements/{id}/accept", (String) read(proposed, "$.id"))
				.with(bearer(this.client.token())))
			.andExpect(status().isOk());
	}

	ResultActions send(Signed who, String category, String text) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("category", category);
		body.put("body", text);
		return this.mvc.perform(postJson("/api/v1/messages", toJson(body)).with(bearer(who.token())));
	}

	ResultActions reply(Signed who, String threadId, String text) throws Exception {
		return this.mvc.perform(postJson("/api/v1/messages/" + threadId + "/reply", toJson(Map.of("body", text)))
			.with(bearer(who.token())));
	}

	String delivered(String category, String text) throws Exception {
		return read(send(this.client, category, text).andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andReturn(), "$.id");
	}

	String respondByOfMessageSentAt(String at, int hours) throws Exception {
		agree(List.of("SCHEDULING"), hours);
		this.clock.set(Instant.parse(at));
		// A token lives for hours, not months: sign in again at the new time.
		this.client = new Signed(this.client.account(), token(this.client.email()), null);
		return read(send(this.client, "SCHEDULING", "Can we move Thursday?").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andReturn(), "$.respondBy");
	}

	@Test
	void anAgreedMessageIsDeliveredWithTheAnswerDueInTheReadingHours() throws Exception {
		agree(List.of("SCHEDULING", "BRIEF_CHECKIN"), 4);

		MvcResult sent = send(this.client, "BRIEF_CHECKIN", "The week went better than I feared.")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andExpect(jsonPath("$.respondBy").value("2026-12-07T13:00:00Z"))
			.andExpect(jsonPath("$.savedAs").doesNotExist())
			.andReturn();
		String id = read(sent, "$.id");
		assertThat(sent.getResponse().getHeader("Location")).isEqualTo("/api/v1/messages/" + id);

		this.mvc.perform(get("/api/v1/messages").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].category").value("BRIEF_CHECKIN"))
			.andExpect(jsonPath("$[0].respondBy").value("2026-12-07T13:00:00Z"))
			.andExpect(jsonPath("$[0].overdue").value(false))
			.andExpect(jsonPath("$[0].messages").doesNotExist());
		this.mvc.perform(get("/api/v1/messages").with(bearer(this.therapist.token())))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].clientName").value("Test client"))
			.andExpect(jsonPath("$[0].unread").value(1));
	}

	@Test
	void aMessageSentOnFridayAfternoonIsDueOnMonday() throws Exception {
		// Friday 11 December, 15:00 in Vienna: two reading hours on Friday, two on
		// Monday.
		assertThat(respondByOfMessageSentAt("2026-12-11T14:00:00Z", 4)).isEqualTo("2026-12-14T10:00:00Z");
	}

	@Test
	void aMessageSentOutsideTheHoursCountsFromTheNextWindow() throws Exception {
		// Saturday 12 December: read from Monday 09:00, due at 13:00 in Vienna.
		assertThat(respondByOfMessageSentAt("2026-12-12T10:00:00Z", 4)).isEqualTo("2026-12-14T12:00:00Z");
	}

	@Test
	void theDeadlineKeepsTheLocalHoursAcrossTheChangeToSummerTime() throws Exception {
		// Friday 26 March 2027, 16:00 CET: one hour on Friday; clocks go forward on
		// Sunday
		// 28 March, so Monday's 09:00 is 07:00Z and the second hour ends at 08:00Z.
		assertThat(respondByOfMessageSentAt("2027-03-26T15:00:00Z", 2)).isEqualTo("2027-03-29T08:00:00Z");
	}

	@Test
	void aMessageDuringTimeAwayCountsFromItsEndAndIsStillDelivered() throws Exception {
		agree(List.of("SCHEDULING"), 4);
		Signed colleague = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", colleague.email())))
				.with(bearer(this.therapist.token())))
			.andExpect(status().is2xxSuccessful());
		Map<String, Object> absence = new LinkedHashMap<>();
		absence.put("startDate", "2026-12-07");
		absence.put("endDate", "2026-12-09");
		absence.put("coveringTherapistId", colleague.id().toString());
		absence.put("coverageNote", "Call 01 234 56");
		absence.put("messageToClients", "I'm back on Thursday.");
		absence.put("emergency", true);
		this.mvc.perform(postJson("/api/v1/absences", toJson(absence)).with(bearer(this.therapist.token())))
			.andExpect(status().isCreated());

		// Away until Wednesday's end: read from Thursday 09:00, due at 13:00 in Vienna.
		send(this.client, "SCHEDULING", "Is next week still on?").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andExpect(jsonPath("$.respondBy").value("2026-12-10T12:00:00Z"));
	}

	@Test
	void aMessageNotAgreedIsKeptInTheJournalForTheNextSession() throws Exception {
		agree(List.of("SCHEDULING"), 24);

		MvcResult kept = send(this.client, "BRIEF_CHECKIN", "I had a hard night and want to tell you.")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(false))
			.andExpect(jsonPath("$.savedAs").value("JOURNAL_ENTRY"))
			.andExpect(jsonPath("$.reason").value("NOT_AGREED"))
			.andExpect(jsonPath("$.id").doesNotExist())
			.andReturn();
		String entry = read(kept, "$.journalEntryId");

		this.mvc.perform(get("/api/v1/journal/{id}", entry).with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("I had a hard night and want to tell you."))
			.andExpect(jsonPath("$.bringToSession").value(true))
			.andExpect(jsonPath("$.shareWithTherapist").value(false));
		this.mvc.perform(get("/api/v1/messages").with(bearer(this.client.token())))
			.andExpect(jsonPath("$.length()").value(0));
		assertThat(therapistMail()).isEmpty();
	}

	@Test
	void withoutAnAgreementAMessageIsKeptNotRefused() throws Exception {
		send(this.client, "SCHEDULING", "Can we move Thursday?").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(false))
			.andExpect(jsonPath("$.savedAs").value("JOURNAL_ENTRY"))
			.andExpect(jsonPath("$.reason").value("NO_AGREEMENT"))
			.andExpect(jsonPath("$.journalEntryId").isNotEmpty());
	}

	@Test
	void aPhoneEmergencyIsNeverAMessageButTheTextIsKept() throws Exception {
		agree(List.of("SCHEDULING", "PHONE_EMERGENCY"), 24);

		send(this.client, "PHONE_EMERGENCY", "Please call me.").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(false))
			.andExpect(jsonPath("$.reason").value("PHONE_EMERGENCY"))
			.andExpect(jsonPath("$.journalEntryId").isNotEmpty());
	}

	@Test
	void badInputIsA400NamingEachField() throws Exception {
		agree(List.of("SCHEDULING"), 24);

		assertThat(errorFields(send(this.client, "POSTCARD", "").andExpect(problem(400)).andReturn()))
			.containsExactlyInAnyOrder("category", "body");
		assertThat(errorFields(send(this.client, null, "Hello").andExpect(problem(400)).andReturn()))
			.containsExactly("category");
		assertThat(errorFields(send(this.client, "SCHEDULING", "   ").andExpect(problem(400)).andReturn()))
			.containsExactly("body");
		assertThat(errorFields(send(this.client, "SCHEDULING", "x".repeat(2001)).andExpect(problem(400)).andReturn()))
			.containsExactly("body");
		send(this.client, "SCHEDULING", "x".repeat(2000)).andExpect(status().isCreated());
		String id = delivered("SCHEDULING", "Hello");
		assertThat(errorFields(reply(this.therapist, id, "").andExpect(problem(400)).andReturn()))
			.containsExactly("body");
		this.mvc.perform(get("/api/v1/messages?limit=0").with(bearer(this.client.token()))).andExpect(problem(400));
		this.mvc.perform(get("/api/v1/messages?before=yesterday").with(bearer(this.client.token())))
			.andExpect(problem(400));
	}

	@Test
	void anotherPersonsThreadIsA404Everywhere() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday?");
		Signed otherTherapist = therapistWithTotp();
		Signed otherClient = client();
		link(otherTherapist, otherClient);

		for (Signed stranger : List.of(otherTherapist, otherClient)) {
			this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(stranger.token()))).andExpect(problem(404));
			reply(stranger, id, "Not mine").andExpect(problem(404));
			this.mvc.perform(get("/api/v1/messages").with(bearer(stranger.token())))
				.andExpect(jsonPath("$.length()").value(0));
		}
		this.mvc.perform(get("/api/v1/messages?clientId=" + this.client.id()).with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/messages/{id}", java.util.UUID.randomUUID()).with(bearer(this.client.token())))
			.andExpect(problem(404));
	}

	@Test
	void theTherapistsReplyAnswersTheThreadAndBothSeeReadMarks() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday?");
		this.clock.advance(java.time.Duration.ofMinutes(30));

		this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[0].body").value("Can we move Thursday?"))
			.andExpect(jsonPath("$.messages[0].author").value("CLIENT"))
			.andExpect(jsonPath("$.messages[0].readAt").value("2026-12-07T09:30:00Z"));
		reply(this.therapist, id, "Yes, Friday at 10 works.").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andExpect(jsonPath("$.id").value(id));

		this.mvc.perform(get("/api/v1/messages").with(bearer(this.client.token())))
			.andExpect(jsonPath("$[0].answeredAt").value("2026-12-07T09:30:00Z"))
			.andExpect(jsonPath("$[0].readByTherapistAt").value("2026-12-07T09:30:00Z"))
			.andExpect(jsonPath("$[0].unread").value(1))
			.andExpect(jsonPath("$[0].readByClientAt").doesNotExist());
		this.clock.advance(java.time.Duration.ofHours(1));
		this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(this.client.token())))
			.andExpect(jsonPath("$.messages[1].author").value("THERAPIST"))
			.andExpect(jsonPath("$.messages[1].body").value("Yes, Friday at 10 works."))
			.andExpect(jsonPath("$.messages[1].readAt").value("2026-12-07T10:30:00Z"))
			.andExpect(jsonPath("$.unread").value(0));
		this.mvc.perform(get("/api/v1/messages").with(bearer(this.therapist.token())))
			.andExpect(jsonPath("$[0].readByClientAt").value("2026-12-07T10:30:00Z"))
			.andExpect(jsonPath("$[0].overdue").value(false));

		// The client writes again: a new answer is owed, 24 reading hours from now
		// (Thursday).
		reply(this.client, id, "Thank you, see you then.").andExpect(status().isCreated())
			.andExpect(jsonPath("$.delivered").value(true))
			.andExpect(jsonPath("$.respondBy").value("2026-12-10T10:30:00Z"));
		this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(this.client.token())))
			.andExpect(jsonPath("$.answeredAt").doesNotExist())
			.andExpect(jsonPath("$.messages.length()").value(3));
	}

	@Test
	void anUnansweredMessagePastItsDeadlineIsOverdue() throws Exception {
		agree(List.of("SCHEDULING"), 1);
		delivered("SCHEDULING", "Can we move Thursday?");
		this.clock.advance(java.time.Duration.ofHours(2));

		this.mvc.perform(get("/api/v1/messages").with(bearer(this.therapist.token())))
			.andExpect(jsonPath("$[0].overdue").value(true));
	}

	@Test
	void theTherapistsReadIsInTheClientsAccessLog() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday?");

		this.mvc.perform(get("/api/v1/messages").with(bearer(this.therapist.token()))).andExpect(status().isOk());
		assertThat(auditRows(id)).as("a list is not a read").isZero();
		this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(this.therapist.token())))
			.andExpect(status().isOk());
		assertThat(auditRows(id)).isEqualTo(1);
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.itemId == '" + id + "')].action").value("MESSAGE_READ"));
		assertThat(page(this.client, "/account")).contains("Your therapist opened your messages");
	}

	@Test
	void bodiesAreEncryptedAtRestAndTheNoticeCarriesNoContent() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday, my sister is visiting?");

		List<String> stored = this.jdbc.queryForList("select body_cipher from messages_entry where thread_id = ?",
				String.class, java.util.UUID.fromString(id));
		assertThat(stored).singleElement()
			.satisfies((cipher) -> assertThat(cipher).doesNotContain("Thursday", "sister"));
		assertThat(therapistMail()).singleElement()
			.satisfies((mail) -> assertThat(mail).contains("/messages/" + id)
				.doesNotContain("Thursday", "sister", "Test client", "SCHEDULING"));
	}

	@Test
	void theBriefListsTheMessagesSinceTheLastSessionWithoutTheirText() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday?");
		MvcResult session = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/sessions",
					toJson(Map.of("startsAt", "2026-12-10T09:00:00Z", "durationMinutes", 50, "kind", "REGULAR")))
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();

		MvcResult brief = this.mvc
			.perform(get("/api/v1/sessions/{id}/brief", (String) read(session, "$.id"))
				.with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[0].threadId").value(id))
			.andExpect(jsonPath("$.messages[0].category").value("SCHEDULING"))
			.andExpect(jsonPath("$.messages[0].respondBy").value("2026-12-10T09:00:00Z"))
			.andReturn();
		assertThat(brief.getResponse().getContentAsString()).doesNotContain("Thursday?");
		assertThat(auditRows(id)).as("the brief lists, it does not read").isZero();
		assertThat(page(this.therapist, "/sessions/" + read(session, "$.id") + "/brief"))
			.contains("Arranging, moving or cancelling a session")
			.contains("/messages/" + id)
			.doesNotContain("Secure messages are not part of Between yet");
	}

	@Test
	void anUnreadReplyIsAFactForTheRepliesReminderUntilTheClientOpensIt() throws Exception {
		agree(List.of("SCHEDULING"), 24);
		String id = delivered("SCHEDULING", "Can we move Thursday?");
		Instant from = this.clock.instant().minusSeconds(60);
		assertThat(this.replyReminders.due(from, from.plusSeconds(3600))).as("no reply yet")
			.noneMatch((r) -> r.path().equals("/messages/" + id));

		reply(this.therapist, id, "Yes, Friday at 10.").andExpect(status().isCreated());
		assertThat(this.replyReminders.due(from, from.plusSeconds(3600)))
			.filteredOn((r) -> r.path().equals("/messages/" + id))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.userId()).isEqualTo(this.client.id());
				assertThat(r.type()).isEqualTo(org.between.reminders.ReminderType.REPLY);
				assertThat(r.until()).isEqualTo(r.at().plus(java.time.Duration.ofDays(1)));
			});

		this.mvc.perform(get("/api/v1/messages/{id}", id).with(bearer(this.client.token()))).andExpect(status().isOk());
		assertThat(this.replyReminders.due(from, from.plusSeconds(3600))).as("read: no longer a fact")
			.noneMatch((r) -> r.path().equals("/messages/" + id));
	}

	int auditRows(String id) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'MESSAGE_READ' and item_id = ? and subject_id = ?",
				Integer.class, id, this.client.id());
	}

	List<String> therapistMail() {
		return this.jdbc.queryForList("select subject || ' ' || body from notify_outbox where recipient = ?",
				String.class, this.therapist.email());
	}

}
