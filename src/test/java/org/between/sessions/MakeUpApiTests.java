package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 11 over HTTP (API.md "Everyday"): {@code POST
 * /api/v1/sessions/{id}/make-up-requests} and {@code POST
 * /api/v1/make-up-requests/{id}/confirm}, their 404s, 403s, 400s and 422s, and the page
 * that does the same without JavaScript.
 */
class MakeUpApiTests extends WebTest {

	private Instant hoursAhead(int hours) {
		return this.clock.instant().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.MINUTES);
	}

	private String cancelledByTherapist(Signed therapist, Signed client) throws Exception {
		MvcResult booked = this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					toJson(Map.of("startsAt", hoursAhead(48).toString(), "durationMinutes", 50)))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = read(booked, "$.id");
		this.mvc.perform(postJson("/api/v1/sessions/" + id + "/cancel", "{}").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.makeUpOffered").value(true));
		return id;
	}

	private ResultActions ask(Signed who, String sessionId, List<Instant> options) throws Exception {
		return this.mvc.perform(postJson("/api/v1/sessions/" + sessionId + "/make-up-requests",
				toJson(Map.of("options", options.stream().map(Instant::toString).toList())))
			.with(bearer(who.token())));
	}

	@Test
	void askedByTheClientAndConfirmedByTheTherapistAsAMakeUpSession() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String session = cancelledByTherapist(therapist, client);
		MvcResult asked = ask(client, session, List.of(hoursAhead(72), hoursAhead(96))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.sessionId").value(session))
			.andExpect(jsonPath("$.options", hasSize(2)))
			.andExpect(jsonPath("$.durationMinutes").value(50))
			.andReturn();
		String request = read(asked, "$.id");
		this.mvc.perform(get("/api/v1/make-up-requests?waiting=true").with(bearer(therapist.token())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(request));
		this.mvc
			.perform(postJson("/api/v1/make-up-requests/" + request + "/confirm",
					toJson(Map.of("startsAt", hoursAhead(96).toString())))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MAKE_UP"))
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.startsAt").value(hoursAhead(96).toString()))
			.andExpect(jsonPath("$.clientId").value(client.id().toString()));
		this.mvc.perform(get("/api/v1/make-up-requests/" + request).with(bearer(client.token())))
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.bookedSessionId").isString());
		// asked once per session
		ask(client, session, List.of(hoursAhead(120))).andExpect(problem(422));
	}

	@Test
	void badTimesAndUnofferedMakeUpsAre422AndMalformedOnes400() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String session = cancelledByTherapist(therapist, client);
		ask(client, session, List.of(this.clock.instant().minus(Duration.ofHours(1)))).andExpect(problem(422))
			.andExpect(jsonPath("$.errors[0].field").value("options[0]"));
		ask(client, session, List.of()).andExpect(problem(400));
		ask(client, session, List.of(hoursAhead(70), hoursAhead(71), hoursAhead(72), hoursAhead(73)))
			.andExpect(problem(400));
		this.mvc
			.perform(postJson("/api/v1/sessions/" + session + "/make-up-requests", "{\"options\":[\"soon\"]}")
				.with(bearer(client.token())))
			.andExpect(problem(400));
		MvcResult other = this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					toJson(Map.of("startsAt", hoursAhead(100).toString(), "durationMinutes", 50)))
				.with(bearer(therapist.token())))
			.andReturn();
		ask(client, read(other, "$.id"), List.of(hoursAhead(120))).andExpect(problem(422));
		ask(client, session, List.of(hoursAhead(100).plus(Duration.ofMinutes(30)))).andExpect(problem(422));
		this.mvc.perform(get("/api/v1/make-up-requests").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void everyoneElseGets404AndTheWrongRole403() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String session = cancelledByTherapist(therapist, client);
		Signed stranger = client();
		Signed otherTherapist = therapistWithTotp();
		ask(stranger, session, List.of(hoursAhead(72))).andExpect(problem(404));
		MvcResult asked = ask(client, session, List.of(hoursAhead(72))).andExpect(status().isCreated()).andReturn();
		String request = read(asked, "$.id");
		this.mvc.perform(get("/api/v1/make-up-requests/" + request).with(bearer(stranger.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(postJson("/api/v1/make-up-requests/" + request + "/confirm",
					toJson(Map.of("startsAt", hoursAhead(72).toString())))
				.with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(postJson("/api/v1/make-up-requests/" + request + "/confirm",
					toJson(Map.of("startsAt", hoursAhead(72).toString())))
				.with(bearer(client.token())))
			.andExpect(problem(403));
		ask(therapist, session, List.of(hoursAhead(72))).andExpect(problem(403));
		this.mvc.perform(get("/sessions/" + session + "/make-up").with(signedIn(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageAsksAndTheTherapistsPageBooks() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String session = cancelledByTherapist(therapist, client);
		assertThat(page(client, "/sessions/" + session)).contains("href=\"/sessions/" + session + "/make-up\"");
		assertThat(page(client, "/sessions/" + session + "/make-up")).contains("name=\"option1\"");
		ZoneId zone = ZoneId.of("Europe/Vienna");
		String local = hoursAhead(72).atZone(zone).toLocalDateTime().toString();
		String past = this.clock.instant()
			.minus(Duration.ofHours(2))
			.atZone(zone)
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		this.mvc
			.perform(post("/sessions/" + session + "/make-up").with(signedIn(client))
				.param("option1", local)
				.param("option2", past))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("This time has already passed.")));
		this.mvc.perform(post("/sessions/" + session + "/make-up").with(signedIn(client)).param("option1", local))
			.andExpect(redirectedUrl("/sessions/" + session + "/make-up?asked=true"));
		String therapistPage = page(therapist, "/sessions/" + session + "/make-up");
		assertThat(therapistPage).contains("data-testid=\"book-0\"").contains("/confirm");
		MvcResult requests = this.mvc.perform(get("/api/v1/make-up-requests").with(bearer(therapist.token())))
			.andReturn();
		String request = read(requests, "$[0].id");
		this.mvc
			.perform(post("/make-up-requests/" + request + "/confirm").with(signedIn(therapist))
				.param("startsAt", hoursAhead(72).toString()))
			.andExpect(redirectedUrlPattern("/sessions/*?bookedMakeUp=true"));
		assertThat(page(client, "/sessions/" + session + "/make-up")).contains("data-testid=\"make-up-booked\"");
	}

}
