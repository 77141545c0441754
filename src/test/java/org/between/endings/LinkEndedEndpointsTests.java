package org.between.endings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the last session of an ending the link ends, and every endpoint of the
 * application whose path names a client answers 404 to the former therapist — pages and
 * API alike. The cases are enumerated from the application's own handler mappings, so a
 * new endpoint with a client id in its path fails
 * {@link #everyEndpointWithAClientIdHasACase} until it is listed here. The one thing
 * left: the referral status the client chose to keep visible.
 */
class LinkEndedEndpointsTests extends WebTest {

	/**
	 * Every endpoint with {@code {clientId}} in its path, "METHOD pattern", with a body
	 * that would otherwise be accepted (JSON for {@code /api}, form fields for pages).
	 */
	static final Map<String, String> CASES = new LinkedHashMap<>();

	static {
		// API
		CASES.put("GET /api/v1/clients/{clientId}/journal", null);
		CASES.put("GET /api/v1/clients/{clientId}/journal/{id}", null);
		CASES.put("PUT /api/v1/clients/{clientId}/measure-schedule", "{\"code\":\"PHQ9\",\"everyDays\":14}");
		CASES.put("DELETE /api/v1/clients/{clientId}/measure-schedule/{code}", null);
		CASES.put("GET /api/v1/clients/{clientId}/measures", null);
		CASES.put("PUT /api/v1/clients/{clientId}/fee",
				"{\"feePerSession\":80,\"effectiveFrom\":\"" + LocalDate.now() + "\",\"note\":\"reduced\"}");
		CASES.put("GET /api/v1/clients/{clientId}/frame", null);
		CASES.put("POST /api/v1/clients/{clientId}/skills",
				"{\"name\":\"Grounding\",\"steps\":[\"Name five things you see\"],\"tags\":[],\"rhythm\":\"daily\"}");
		CASES.put("GET /api/v1/clients/{clientId}/safety-plan", null);
		CASES.put("POST /api/v1/clients/{clientId}/safety-plan/proposals",
				"{\"copingStrategies\":[\"Slow breathing\"]}");
		CASES.put("GET /api/v1/clients/{clientId}/safety-plan/proposals", null);
		CASES.put("POST /api/v1/clients/{clientId}/safety-plan/reviewed", "{}");
		CASES.put("GET /api/v1/absences/{id}/break-plan/{clientId}", null);
		CASES.put("PUT /api/v1/absences/{id}/break-plan/{clientId}/note", "{\"note\":\"See you after.\"}");
		CASES.put("GET /api/v1/cover/{absenceId}/clients/{clientId}", null);
		CASES.put("POST /api/v1/clients/{clientId}/standing-appointments",
				"{\"weekday\":\"MONDAY\",\"startTime\":\"10:00\",\"durationMinutes\":50,\"everyWeeks\":1}");
		CASES.put("GET /api/v1/clients/{clientId}/standing-appointments", null);
		CASES.put("POST /api/v1/clients/{clientId}/sessions", "{\"startsAt\":\""
				+ Instant.now().plus(Duration.ofDays(3)) + "\",\"durationMinutes\":50,\"kind\":\"REGULAR\"}");
		CASES.put("POST /api/v1/clients/{clientId}/contact-agreements", "{}");
		CASES.put("GET /api/v1/clients/{clientId}/contact-agreements", null);
		CASES.put("GET /api/v1/clients/{clientId}/insights/self-reliance", null);
		CASES.put("POST /api/v1/clients/{clientId}/endings", "{\"kind\":\"PLANNED\",\"lastSessionDate\":\""
				+ LocalDate.now().plusDays(60) + "\",\"reason\":\"Time to end.\"}");
		CASES.put("GET /api/v1/clients/{clientId}/ending", null);
		CASES.put("POST /api/v1/clients/{clientId}/referrals", "{\"name\":\"Dr Lee\"}");
		CASES.put("GET /api/v1/clients/{clientId}/referrals", null);
		CASES.put("GET /api/v1/clients/{clientId}/portfolio", null);
		CASES.put("PUT /api/v1/clients/{clientId}/portfolio/letter", "{\"letter\":\"Dear Sam, thank you.\"}");
		// pages
		CASES.put("GET /clients/{clientId}", null);
		CASES.put("GET /clients/{clientId}/journal", null);
		CASES.put("GET /clients/{clientId}/journal/{id}", null);
		CASES.put("GET /clients/{clientId}/measures", null);
		CASES.put("POST /clients/{clientId}/measures/schedule", "code=PHQ9&everyDays=14");
		CASES.put("POST /clients/{clientId}/measures/schedule/{code}/stop", "");
		CASES.put("GET /frame/clients/{clientId}", null);
		CASES.put("POST /frame/clients/{clientId}/fee", "amount=80&currency=EUR");
		CASES.put("GET /clients/{clientId}/toolbox", null);
		CASES.put("POST /clients/{clientId}/toolbox", "name=Grounding&description=5-4-3-2-1");
		CASES.put("GET /clients/{clientId}/safety-plan", null);
		CASES.put("GET /clients/{clientId}/safety-plan/propose", null);
		CASES.put("POST /clients/{clientId}/safety-plan/proposals", "section=copingStrategies&text=Breathe");
		CASES.put("POST /clients/{clientId}/safety-plan/reviewed", "");
		CASES.put("POST /absences/{absenceId}/plans/{clientId}/note", "note=See+you");
		CASES.put("GET /cover/{absenceId}/clients/{clientId}", null);
		CASES.put("GET /clients/{clientId}/sessions", null);
		CASES.put("POST /clients/{clientId}/standing-appointments",
				"weekday=MONDAY&startTime=10:00&durationMinutes=50&everyWeeks=1");
		CASES.put("POST /clients/{clientId}/standing-appointments/{id}/end", "");
		CASES.put("POST /clients/{clientId}/sessions", "startsAt=2030-01-07T10:00&durationMinutes=50&kind=REGULAR");
		CASES.put("GET /clients/{clientId}/agreement", null);
		CASES.put("POST /clients/{clientId}/agreement", "");
		CASES.put("GET /clients/{clientId}/insights", null);
		CASES.put("GET /clients/{clientId}/ending", null);
		CASES.put("POST /clients/{clientId}/ending", "kind=PLANNED&lastSessionDate=2030-01-07&reason=Time");
		CASES.put("POST /clients/{clientId}/referrals", "name=Dr+Lee");
		CASES.put("POST /clients/{clientId}/referrals/{referralId}", "status=CONTACTED");
		CASES.put("GET /clients/{clientId}/portfolio", null);
		CASES.put("POST /clients/{clientId}/portfolio/letter", "letter=Dear+Sam");
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Endings endings;

	static Stream<String> cases() {
		return CASES.keySet().stream();
	}

	/** Every "METHOD pattern" of the application whose path names a client. */
	Set<String> endpointsWithAClientId() {
		Set<String> found = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("{clientId}")) {
					info.getMethodsCondition().getMethods().forEach((m) -> found.add(m.name() + " " + pattern));
				}
			}
		});
		return found;
	}

	@Test
	void everyEndpointWithAClientIdHasACase() {
		assertThat(CASES.keySet()).as("cases for endpoints that name a client (add one for each new endpoint)")
			.containsAll(endpointsWithAClientId());
		assertThat(endpointsWithAClientId()).as("cases for endpoints that no longer exist").containsAll(CASES.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void afterTheEndingTheFormerTherapistGets404(String endpoint) throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		linkSharingEverything(therapist, client);
		endAfterTheLastSession(therapist, client);

		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replace("{clientId}", client.id().toString())
			.replace("{code}", "PHQ9")
			.replaceAll("\\{[a-zA-Z]+\\}", UUID.randomUUID().toString());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
		String body = CASES.get(endpoint);
		if (path.startsWith("/api/")) {
			request = request.with(bearer(therapist.token())).accept(MediaType.APPLICATION_JSON);
			if (body != null) {
				request = request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
		}
		else {
			request = request.with(signedIn(therapist));
			if (body != null) {
				request = request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
			}
		}
		int answer = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(answer).as(endpoint).isEqualTo(404);
	}

	@Test
	void theReferralStatusTheClientKeepsVisibleStays() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = read(this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/referrals", "{\"name\":\"Dr Rosa Lee\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn(), "$.id");
		this.mvc
			.perform(MockMvcRequestBuilders.patch("/api/v1/referrals/{id}", id)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"CONTACTED\",\"keepVisibleToTherapist\":true}")
				.with(bearer(client.token())))
			.andExpect(status().isOk());
		endAfterTheLastSession(therapist, client);
		this.mvc.perform(get("/api/v1/referrals?former=true").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].status").value("CONTACTED"))
			.andExpect(jsonPath("$[0].name").doesNotExist())
			.andExpect(jsonPath("$[0].contact").doesNotExist());
		this.mvc.perform(get("/api/v1/clients/{id}/referrals", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isNotFound());
		assertThat(page(therapist, "/referrals")).contains("Contacted").doesNotContain("Dr Rosa Lee");
		assertThat(page(therapistWithTotp(), "/referrals")).doesNotContain("Contacted");
		// the client keeps everything
		this.mvc.perform(get("/api/v1/referrals").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Dr Rosa Lee"));
		this.mvc.perform(get("/api/v1/ending").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedAt").isString());
	}

	/**
	 * A weekly appointment from tomorrow, an ending on day 28, and the hourly round once
	 * that day is over (the clock moved on for the round only).
	 */
	void endAfterTheLastSession(Signed therapist, Signed client) throws Exception {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Vienna")));
		this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/standing-appointments",
					toJson(Map.of("weekday", today.plusDays(1).getDayOfWeek().name(), "startTime", "10:00",
							"durationMinutes", 50, "everyWeeks", 1, "startDate", today.plusDays(1).toString())))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/endings", toJson(Map.of("kind", "PLANNED",
					"lastSessionDate", today.plusDays(28).toString(), "reason", "It is time.")))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		Instant now = this.clock.instant();
		this.clock.advance(Duration.ofDays(30));
		try {
			this.endings.closeDue();
		}
		finally {
			this.clock.set(now);
		}
		this.mvc.perform(get("/api/v1/ending").with(bearer(client.token())))
			.andExpect(jsonPath("$.closedAt").isString());
	}

}
