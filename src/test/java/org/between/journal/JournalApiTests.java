package org.between.journal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "journal": the sharing matrix on every endpoint, read receipts, withdrawing, bad
 * input, Unicode.
 */
class JournalApiTests extends WebTest {

	static final String ENTRY = """
			{"title":"A hard evening","body":"I felt it again.","intensity":7,
			 "bringToSession":true,"shareWithTherapist":%s}""";

	String write(Signed client, boolean shared) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/journal", ENTRY.formatted(shared)).with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("A hard evening"))
			.andExpect(jsonPath("$.intensity").value(7))
			.andExpect(jsonPath("$.bringToSession").value(true))
			.andExpect(jsonPath("$.shareWithTherapist").value(shared))
			.andExpect(jsonPath("$.createdAt").isString())
			.andExpect(jsonPath("$.updatedAt").isString())
			.andReturn();
		return read(result, "$.id");
	}

	ResultActions patchJson(Signed who, String id, String body) throws Exception {
		return this.mvc.perform(patch("/api/v1/journal/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(bearer(who.token())));
	}

	@Test
	void sharingMatrixForEveryEndpoint() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		Signed stranger = therapistWithTotp();
		Signed otherClient = client();
		String shared = write(client, true);
		String own = write(client, false);

		// the owner: everything
		for (String id : new String[] { shared, own }) {
			this.mvc.perform(get("/api/v1/journal/{id}", id).with(bearer(client.token()))).andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/journal/{id}/reads", id).with(bearer(client.token())))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/journal").with(bearer(client.token()))).andExpect(jsonPath("$", hasSize(2)));

		// another client: 404 for each item, an empty list of their own
		for (String id : new String[] { shared, own }) {
			this.mvc.perform(get("/api/v1/journal/{id}", id).with(bearer(otherClient.token()))).andExpect(problem(404));
			this.mvc.perform(get("/api/v1/journal/{id}/reads", id).with(bearer(otherClient.token())))
				.andExpect(problem(404));
			patchJson(otherClient, id, "{\"shareWithTherapist\":true}").andExpect(problem(404));
			this.mvc.perform(delete("/api/v1/journal/{id}", id).with(bearer(otherClient.token())))
				.andExpect(problem(404));
			this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), id).with(bearer(otherClient.token())))
				.andExpect(problem(404));
		}
		this.mvc.perform(get("/api/v1/journal").with(bearer(otherClient.token()))).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/clients/{c}/journal", client.id()).with(bearer(otherClient.token())))
			.andExpect(problem(404));

		// therapists on the client's own endpoints: wrong role
		for (Signed t : new Signed[] { therapist, stranger }) {
			this.mvc.perform(get("/api/v1/journal/{id}", shared).with(bearer(t.token()))).andExpect(problem(403));
			this.mvc.perform(get("/api/v1/journal/{id}/reads", shared).with(bearer(t.token()))).andExpect(problem(403));
			patchJson(t, shared, "{\"shareWithTherapist\":false}").andExpect(problem(403));
			this.mvc.perform(delete("/api/v1/journal/{id}", shared).with(bearer(t.token()))).andExpect(problem(403));
			this.mvc.perform(get("/api/v1/journal").with(bearer(t.token()))).andExpect(problem(403));
			this.mvc.perform(postJson("/api/v1/journal", ENTRY.formatted(false)).with(bearer(t.token())))
				.andExpect(problem(403));
		}

		// the linked therapist: shared only, the list without bodies
		this.mvc.perform(get("/api/v1/clients/{c}/journal", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(shared))
			.andExpect(jsonPath("$[0].body").doesNotExist());
		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), shared).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("I felt it again."));
		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), own).with(bearer(therapist.token())))
			.andExpect(problem(404));

		// an unlinked therapist: nothing
		this.mvc.perform(get("/api/v1/clients/{c}/journal", client.id()).with(bearer(stranger.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), shared).with(bearer(stranger.token())))
			.andExpect(problem(404));

		// nothing changed for the owner
		this.mvc.perform(get("/api/v1/journal/{id}", shared).with(bearer(client.token())))
			.andExpect(jsonPath("$.shareWithTherapist").value(true));
		this.mvc.perform(delete("/api/v1/journal/{id}", own).with(bearer(client.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/journal/{id}", own).with(bearer(client.token()))).andExpect(problem(404));
	}

	@Test
	void theTherapistsReadAppearsInReadsAndInTheAccessLog() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String shared = write(client, true);
		this.mvc.perform(get("/api/v1/journal/{id}/reads", shared).with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(0)));

		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), shared).with(bearer(therapist.token())))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/journal/{id}/reads", shared).with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].readerId").value(therapist.id().toString()))
			.andExpect(jsonPath("$[0].readerName").value(therapist.account().displayName()))
			.andExpect(jsonPath("$[0].at").isString());
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("JOURNAL_ENTRY_READ"))
			.andExpect(jsonPath("$[0].itemType").value("JOURNAL_ENTRY"))
			.andExpect(jsonPath("$[0].itemId").value(shared))
			.andExpect(jsonPath("$[0].actorId").value(therapist.id().toString()));
		// the list alone is not a read
		this.mvc.perform(get("/api/v1/clients/{c}/journal", client.id()).with(bearer(therapist.token())));
		this.mvc.perform(get("/api/v1/journal/{id}/reads", shared).with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void withdrawingSharingIsNotFoundForTheTherapistAtOnce() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = write(client, true);
		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), id).with(bearer(therapist.token())))
			.andExpect(status().isOk());
		patchJson(client, id, "{\"shareWithTherapist\":false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.shareWithTherapist").value(false))
			.andExpect(jsonPath("$.body").value("I felt it again."));
		this.mvc.perform(get("/api/v1/clients/{c}/journal/{id}", client.id(), id).with(bearer(therapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/clients/{c}/journal", client.id()).with(bearer(therapist.token())))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void patchChangesOnlyWhatIsGiven() throws Exception {
		Signed client = client();
		String id = write(client, false);
		patchJson(client, id, "{\"body\":\"Better now.\",\"intensity\":2,\"title\":\"\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Better now."))
			.andExpect(jsonPath("$.intensity").value(2))
			.andExpect(jsonPath("$.title").doesNotExist())
			.andExpect(jsonPath("$.bringToSession").value(true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"body\":\"\",\"intensity\":3}", "{\"body\":\"   \",\"intensity\":3}",
			"{\"body\":\"x\",\"intensity\":11}", "{\"intensity\":4}",
			"{\"title\":\"%t\",\"body\":\"x\",\"intensity\":1}", "{\"body\":\"%b\",\"intensity\":1}",
			"{\"body\":\"x\",\"intensity\":1,\"mood\":3}", "{\"body\":\"x\",\"intensity\":\"high\"}" })
	void badInputIs400ListingTheFields(String body) throws Exception {
		Signed client = client();
		String json = body.replace("%t", "t".repeat(201)).replace("%b", "b".repeat(20_001));
		MvcResult result = this.mvc.perform(postJson("/api/v1/journal", json).with(bearer(client.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors").isArray())
			.andReturn();
		assertThat(errorFields(result)).isNotEmpty()
			.allSatisfy((f) -> assertThat(f).isIn("title", "body", "intensity", "mood"));
		this.mvc.perform(get("/api/v1/journal").with(bearer(client.token()))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void everyBadFieldIsListedAtOnce() throws Exception {
		Signed client = client();
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/journal", toJson(Map.of("title", "t".repeat(201), "body", "", "intensity", 12)))
				.with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).contains("title", "body", "intensity");
	}

	@Test
	void aBodyOver64KiBIs413() throws Exception {
		Signed client = client();
		String json = toJson(Map.of("body", "x".repeat(70 * 1024), "intensity", 3));
		this.mvc.perform(postJson("/api/v1/journal", json).with(bearer(client.token()))).andExpect(problem(413));
	}

	@Test
	void theLongestBodyInThreeByteCharactersFits() throws Exception {
		Signed client = client();
		String body = "漢".repeat(20_000);
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/journal", toJson(Map.of("body", body, "intensity", 3)))
				.with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		assertThat((String) read(result, "$.body")).isEqualTo(body);
	}

	@Test
	void unicodeAndHostileTextRoundTripByteForByte() throws Exception {
		Signed client = client();
		String text = JournalModuleTests.UNICODE + JournalModuleTests.HOSTILE;
		MvcResult created = this.mvc
			.perform(postJson("/api/v1/journal",
					toJson(Map.of("title", JournalModuleTests.HOSTILE, "body", text, "intensity", 0)))
				.with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = read(created, "$.id");
		MvcResult result = this.mvc.perform(get("/api/v1/journal/{id}", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andReturn();
		String body = read(result, "$.body");
		String title = read(result, "$.title");
		assertThat(body.getBytes(StandardCharsets.UTF_8)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
		assertThat(title).isEqualTo(JournalModuleTests.HOSTILE);
		this.mvc.perform(get("/api/v1/journal").param("q", "שלום").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get("/api/v1/journal").param("q", "<SCRIPT>").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void limitAndBeforeAreChecked() throws Exception {
		Signed client = client();
		String first = write(client, false);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		write(client, false);
		this.mvc.perform(get("/api/v1/journal").param("limit", "1").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)));
		MvcResult page = this.mvc.perform(get("/api/v1/journal").with(bearer(client.token()))).andReturn();
		String newest = read(page, "$[0].id");
		this.mvc.perform(get("/api/v1/journal").param("before", newest).with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(first));
		this.mvc.perform(get("/api/v1/journal").param("limit", "0").with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc.perform(get("/api/v1/journal").param("before", "yesterday").with(bearer(client.token())))
			.andExpect(problem(400));
	}

	@Test
	void anEntryMayLeaveTheFeelingsNumberOut() throws Exception {
		Signed client = client();
		this.mvc.perform(postJson("/api/v1/journal", "{\"body\":\"Many things at once\"}").with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.intensity").doesNotExist());
		this.mvc
			.perform(postJson("/api/v1/journal", "{\"body\":\"Too much\",\"intensity\":11}")
				.with(bearer(client.token())))
			.andExpect(problem(400));
	}

}
