package org.between.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "sessions and frame", the policy rows: every endpoint, bad input (400), too
 * little notice (422 with the earliest date), and 404 for anyone not linked.
 */
class PolicyApiTests extends WebTest {

	/** WebTest's accounts live in Europe/Vienna. */
	static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

	static final String POLICY = """
			{"cancellationNoticeHours":%d,"lateCancellationFee":%s,"feePerSession":%s,"currency":"EUR",
			 "holdSlotOnCancellation":true,"makeUp":"WHEN_AVAILABLE","slidingScaleNote":"Ask me."%s}""";

	static String policy(int hours, String late, String fee, LocalDate from) {
		return POLICY.formatted(hours, late, fee, (from != null) ? ",\"effectiveFrom\":\"" + from + "\"" : "");
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	ResultActions putJson(String path, String token, String body) throws Exception {
		return this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.with(bearer(token)));
	}

	@Test
	void theFirstVersionTakesEffectAtOnceAndBothSidesSeeIt() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80.00", null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.effectiveFrom").value(today().toString()));
		for (Signed who : List.of(therapist, client)) {
			this.mvc.perform(get("/api/v1/policy").with(bearer(who.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.current.version").value(1))
				.andExpect(jsonPath("$.current.cancellationNoticeHours").value(48))
				.andExpect(jsonPath("$.current.lateCancellationFee").value(60.00))
				.andExpect(jsonPath("$.current.currency").value("EUR"))
				.andExpect(jsonPath("$.current.makeUp").value("WHEN_AVAILABLE"))
				.andExpect(jsonPath("$.upcoming", hasSize(0)))
				.andExpect(jsonPath("$.history", hasSize(0)));
		}
		this.mvc.perform(get("/api/v1/policy").with(bearer(client.token())))
			.andExpect(jsonPath("$.acknowledgements", hasSize(0)));
		this.mvc.perform(get("/api/v1/policy").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.acknowledgements").doesNotExist());
	}

	@ParameterizedTest
	@CsvSource({ "29, 422", "30, 201", "31, 201" })
	void aLaterVersionAgainstTheClientNeedsThirtyDaysNotice(int days, int status) throws Exception {
		Signed therapist = therapistWithTotp();
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80", null)).andExpect(status().isCreated());
		ResultActions result = putJson("/api/v1/policy", therapist.token(),
				policy(48, "60", "90", today().plusDays(days)));
		if (status == 422) {
			result.andExpect(problem(422))
				.andExpect(jsonPath("$.earliestEffectiveFrom").value(today().plusDays(30).toString()))
				.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
				.andExpect(jsonPath("$.errors[0].message")
					.value(org.hamcrest.Matchers.containsString(today().plusDays(30).toString())));
		}
		else {
			result.andExpect(status().isCreated())
				.andExpect(jsonPath("$.version").value(2))
				.andExpect(jsonPath("$.effectiveFrom").value(today().plusDays(days).toString()));
		}
	}

	@Test
	void aChangeWhollyInTheClientsFavourTakesEffectAtOnce() throws Exception {
		Signed therapist = therapistWithTotp();
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80", null)).andExpect(status().isCreated());
		putJson("/api/v1/policy", therapist.token(), policy(24, "40", "70", null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.effectiveAt")
				.value(org.hamcrest.Matchers.not(today().atStartOfDay(ZONE).toInstant().toString())));
		this.mvc.perform(get("/api/v1/policy").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.current.version").value(2))
			.andExpect(jsonPath("$.history[0].version").value(1));
		// no date at all for a change against the client: 422 names the date
		putJson("/api/v1/policy", therapist.token(), policy(72, "40", "70", null)).andExpect(problem(422))
			.andExpect(jsonPath("$.earliestEffectiveFrom").value(today().plusDays(30).toString()));
	}

	@Test
	void badInputIsListedByField() throws Exception {
		Signed therapist = therapistWithTotp();
		String body = """
				{"cancellationNoticeHours":337,"lateCancellationFee":-1,"feePerSession":12.345,"currency":"XYZ",
				 "holdSlotOnCancellation":null,"slidingScaleNote":"%s","effectiveFrom":"%s"}"""
			.formatted("x".repeat(1001), today().minusDays(1));
		MvcResult result = putJson("/api/v1/policy", therapist.token(), body).andExpect(problem(400)).andReturn();
		assertThat(errorFields(result)).containsExactlyInAnyOrder("cancellationNoticeHours", "lateCancellationFee",
				"feePerSession", "currency", "holdSlotOnCancellation", "makeUp", "slidingScaleNote", "effectiveFrom");
		putJson("/api/v1/policy", therapist.token(), policy(-1, "1", "1", null)).andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), policy(48, "100000.01", "1", null)).andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), policy(48, "1", "1", today().plusYears(3)))
			.andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), policy(48, "1", "1", null).replace("WHEN_AVAILABLE", "SOMETIMES"))
			.andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), policy(48, "1", "1", null).replace("\"EUR\"", "\"eu\""))
			.andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), "{\"feePerSession\":\"a lot\"}").andExpect(problem(400));
		putJson("/api/v1/policy", therapist.token(), "{]").andExpect(problem(400));
		// nothing was stored
		this.mvc.perform(get("/api/v1/policy").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.current").doesNotExist());
		// lower-case currency codes are fine and stored in upper case
		putJson("/api/v1/policy", therapist.token(), policy(48, "1", "1", null).replace("\"EUR\"", "\"chf\""))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/policy").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.current.currency").value("CHF"));
	}

	@Test
	void whoMayDoWhat() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		Signed unlinked = client();
		Signed otherTherapist = therapistWithTotp();
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80", null)).andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/policy")).andExpect(problem(401));
		putJson("/api/v1/policy", client.token(), policy(48, "60", "80", null)).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/policy").with(bearer(unlinked.token()))).andExpect(problem(404));
		this.mvc.perform(post("/api/v1/policy/1/acknowledge").with(bearer(unlinked.token()))).andExpect(problem(404));
		this.mvc.perform(post("/api/v1/policy/1/acknowledge").with(bearer(therapist.token()))).andExpect(problem(403));
		this.mvc.perform(post("/api/v1/policy/1/acknowledge")).andExpect(problem(401));

		String fee = "{\"feePerSession\":50}";
		String clientPath = "/api/v1/clients/" + client.id();
		putJson(clientPath + "/fee", otherTherapist.token(), fee).andExpect(problem(404));
		putJson(clientPath + "/fee", client.token(), fee).andExpect(problem(404));
		putJson("/api/v1/clients/" + unlinked.id() + "/fee", therapist.token(), fee).andExpect(problem(404));
		this.mvc.perform(get(clientPath + "/frame").with(bearer(otherTherapist.token()))).andExpect(problem(404));
		this.mvc.perform(get(clientPath + "/frame").with(bearer(client.token()))).andExpect(problem(404));
		this.mvc.perform(get(clientPath + "/frame")).andExpect(problem(401));
		// the other therapist's own policy is empty, not this one
		this.mvc.perform(get("/api/v1/policy").with(bearer(otherTherapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").doesNotExist());
	}

	@Test
	void acknowledgingIsIdempotentAndShownToBoth() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80", null)).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/policy/2/acknowledge").with(bearer(client.token()))).andExpect(problem(404));
		this.mvc.perform(post("/api/v1/policy/one/acknowledge").with(bearer(client.token()))).andExpect(problem(400));
		MvcResult first = this.mvc.perform(post("/api/v1/policy/1/acknowledge").with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andReturn();
		String at = read(first, "$.acknowledgedAt");
		this.clock.advance(java.time.Duration.ofMinutes(5));
		this.mvc.perform(post("/api/v1/policy/1/acknowledge").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedAt").value(at));
		this.mvc.perform(get("/api/v1/policy").with(bearer(client.token())))
			.andExpect(jsonPath("$.acknowledgements", hasSize(1)))
			.andExpect(jsonPath("$.acknowledgements[0].acknowledgedAt").value(at));
		this.mvc.perform(get("/api/v1/clients/{id}/frame", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgements[0].version").value(1))
			.andExpect(jsonPath("$.acknowledgements[0].acknowledgedAt").value(at));
	}

	@Test
	void aClientsFeeFollowsTheSameNoticeRule() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String path = "/api/v1/clients/" + client.id() + "/fee";
		putJson(path, therapist.token(), "{\"feePerSession\":50}").andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("feePerSession"));
		putJson("/api/v1/policy", therapist.token(), policy(48, "60", "80", null)).andExpect(status().isCreated());
		putJson(path, therapist.token(), "{\"feePerSession\":50,\"note\":\"After the job loss\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.feePerSession").value(50.00))
			.andExpect(jsonPath("$.effectiveFrom").value(today().toString()));
		putJson(path, therapist.token(), "{\"feePerSession\":60,\"effectiveFrom\":\"" + today().plusDays(29) + "\"}")
			.andExpect(problem(422))
			.andExpect(jsonPath("$.earliestEffectiveFrom").value(today().plusDays(30).toString()));
		putJson(path, therapist.token(), "{\"feePerSession\":60,\"effectiveFrom\":\"" + today().plusDays(30) + "\"}")
			.andExpect(status().isCreated());
		putJson(path, therapist.token(), "{\"feePerSession\":-5}").andExpect(problem(400));
		putJson(path, therapist.token(), "{\"feePerSession\":5.555}").andExpect(problem(400));
		putJson(path, therapist.token(), "{\"feePerSession\":5,\"rate\":1}").andExpect(problem(400));
		this.mvc.perform(get("/api/v1/clients/{id}/frame", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fees", hasSize(2)))
			.andExpect(jsonPath("$.feePerSessionNow").value(50.00))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.feeInForce.note").value("After the job loss"));
		this.mvc.perform(get("/api/v1/policy").with(bearer(client.token())))
			.andExpect(jsonPath("$.fee.feePerSession").value(50.00))
			.andExpect(jsonPath("$.upcomingFees", hasSize(1)));
	}

}
