package org.between.endings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "endings" over HTTP: proposing with notice (422 with the earliest day), reading
 * on both sides, asking to talk about it, referrals forward only; another user gets 404.
 */
class EndingsApiTests extends WebTest {

	Signed therapist;

	Signed client;

	LocalDate today;

	@BeforeEach
	void pair() throws Exception {
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Vienna")));
		// Weekly from tomorrow at 10:00: four sessions in the next 28 days.
		String body = toJson(Map.of("weekday", this.today.plusDays(1).getDayOfWeek().name(), "startTime", "10:00",
				"durationMinutes", 50, "everyWeeks", 1, "startDate", this.today.plusDays(1).toString()));
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/standing-appointments", body)
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated());
	}

	MvcResult propose(Signed who, Object body) throws Exception {
		return this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/endings", toJson(body))
				.with(bearer(who.token())))
			.andReturn();
	}

	Map<String, Object> planned(int days) {
		return Map.of("kind", "PLANNED", "lastSessionDate", this.today.plusDays(days).toString(), "reason",
				"We have done good work, and it is time.");
	}

	@Test
	void aPlannedEndingIsProposedAndBothSeeIt() throws Exception {
		MvcResult created = propose(this.therapist, planned(28));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat((Integer) read(created, "$.sessionsLeft")).isEqualTo(4);
		assertThat((Integer) read(created, "$.noticeDays")).isEqualTo(28);
		this.mvc.perform(get("/api/v1/ending").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PLANNED"))
			.andExpect(jsonPath("$.sessionsLeft").value(4))
			.andExpect(jsonPath("$.soonerThanUsual").value(false))
			.andExpect(jsonPath("$.reason").value("We have done good work, and it is time."));
		this.mvc.perform(get("/api/v1/clients/{id}/ending", this.client.id()).with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastSessionDate").value(this.today.plusDays(28).toString()));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action = 'ENDING_READ'", Integer.class,
				this.client.id()))
			.isEqualTo(1);
		assertThat(propose(this.therapist, planned(30)).getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void tooLittleNoticeIs422WithTheEarliestDay() throws Exception {
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/endings", toJson(planned(27)))
				.with(bearer(this.therapist.token())))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.earliestDate").value(this.today.plusDays(28).toString()));
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/endings", toJson(planned(-1)))
				.with(bearer(this.therapist.token())))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.earliestDate").value(this.today.plusDays(28).toString()));
		this.mvc.perform(get("/api/v1/ending").with(bearer(this.client.token()))).andExpect(status().isNoContent());
	}

	@Test
	void badFieldsAre400() throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/endings",
					"{\"kind\":\"UNPLANNED\",\"taper\":{\"everyWeeks\":5}}")
				.with(bearer(this.therapist.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).contains("lastSessionDate", "reason", "unplannedReason", "taper.everyWeeks",
				"taper.from");
	}

	@Test
	void anUnplannedEndingWithoutAReferralIs422() throws Exception {
		Map<String, Object> body = Map.of("kind", "UNPLANNED", "unplannedReason", "ILLNESS", "lastSessionDate",
				this.today.plusDays(8).toString(), "reason", "I have to stop working for health reasons.");
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/endings", toJson(body))
				.with(bearer(this.therapist.token())))
			.andExpect(problem(422));
		Map<String, Object> withReferral = new java.util.HashMap<>(body);
		withReferral.put("referrals", List.of(Map.of("name", "Dr Rosa Lee", "contact", "030 1234")));
		MvcResult created = propose(this.therapist, withReferral);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat((Boolean) read(created, "$.soonerThanUsual")).isTrue();
		this.mvc.perform(get("/api/v1/referrals").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Dr Rosa Lee"))
			.andExpect(jsonPath("$[0].status").value("SUGGESTED"));
	}

	@Test
	void anotherUserGets404() throws Exception {
		Signed other = therapistWithTotp();
		assertThat(propose(other, planned(28)).getResponse().getStatus()).isEqualTo(404);
		this.mvc.perform(get("/api/v1/clients/{id}/ending", this.client.id()).with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/clients/{id}/referrals", this.client.id()).with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/referrals", "{\"name\":\"Dr Lee\"}")
				.with(bearer(other.token())))
			.andExpect(problem(404));
		assertThat(propose(this.client, planned(28)).getResponse().getStatus()).isEqualTo(404);
		MvcResult referral = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/referrals", "{\"name\":\"Dr Lee\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = read(referral, "$.id");
		Signed otherClient = client();
		for (Signed stranger : List.of(other, otherClient)) {
			this.mvc
				.perform(patch("/api/v1/referrals/{id}", id).contentType("application/json")
					.content("{\"status\":\"CONTACTED\"}")
					.with(bearer(stranger.token())))
				.andExpect(problem(404));
		}
		this.mvc.perform(post("/api/v1/ending/discuss").with(bearer(otherClient.token()))).andExpect(problem(404));
	}

	@Test
	void theClientAsksToTalkAboutIt() throws Exception {
		propose(this.therapist, planned(28));
		this.mvc.perform(post("/api/v1/ending/discuss").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.discussRequestedAt").isString());
		this.mvc.perform(get("/api/v1/journal").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].body").value("I would like to talk about the ending."))
			.andExpect(jsonPath("$[0].bringToSession").value(true))
			.andExpect(jsonPath("$[0].intensity").doesNotExist());
	}

	@Test
	void referralsMoveForwardOnlyAndOnlyTheClientKeepsThemVisible() throws Exception {
		MvcResult created = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/referrals",
					"{\"name\":\"Dr Rosa Lee\",\"contact\":\"030 1234\",\"note\":\"Warm\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUGGESTED"))
			.andReturn();
		String id = read(created, "$.id");
		this.mvc
			.perform(patch("/api/v1/referrals/{id}", id).contentType("application/json")
				.content("{\"status\":\"CONTACTED\"}")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONTACTED"));
		this.mvc
			.perform(patch("/api/v1/referrals/{id}", id).contentType("application/json")
				.content("{\"status\":\"SUGGESTED\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(problem(422));
		this.mvc
			.perform(patch("/api/v1/referrals/{id}", id).contentType("application/json")
				.content("{\"keepVisibleToTherapist\":true}")
				.with(bearer(this.therapist.token())))
			.andExpect(problem(400));
		this.mvc
			.perform(patch("/api/v1/referrals/{id}", id).contentType("application/json")
				.content("{\"keepVisibleToTherapist\":true}")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keepVisibleToTherapist").value(true));
		this.mvc.perform(get("/api/v1/referrals").with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CONTACTED"));
		this.mvc.perform(get("/api/v1/referrals?former=true").with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

}
