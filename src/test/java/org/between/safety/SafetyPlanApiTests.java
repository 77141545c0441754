package org.between.safety;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "safety": versions, sharing, the therapist's logged read, 404 for everyone else.
 */
class SafetyPlanApiTests extends WebTest {

	static final String PLAN = """
			{"warningSigns":["I stop answering messages"],
			 "copingStrategies":["Slow breathing","Cold water on my face"],
			 "distractions":["The library"],
			 "peopleToAsk":[{"name":"Maya","phone":"+49 170 1234567"}],
			 "professionals":[{"name":"Dr. Lind","phone":"030 1234 5678"}],
			 "environmentSafety":["Ask Maya to keep things for me"],
			 "reasonsForLiving":["My cat"],
			 "sharedWithTherapist":%s}""";

	@Test
	void aNewClientHasTheEmptyPlanVersionZero() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.copingStrategies", hasSize(0)))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void everySaveIsANewVersionAndEarlierOnesStayReadable() throws Exception {
		Signed client = client();
		save(client, PLAN.formatted("false")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		save(client, PLAN.formatted("false").replace("The library", "The park"))
			.andExpect(jsonPath("$.version").value(2));

		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.distractions[0]").value("The park"))
			.andExpect(jsonPath("$.peopleToAsk[0].phone").value("+49 170 1234567"));
		this.mvc.perform(get("/api/v1/safety-plan/versions").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].version").value(2));
		this.mvc.perform(get("/api/v1/safety-plan/versions/1").with(bearer(client.token())))
			.andExpect(jsonPath("$.distractions[0]").value("The library"));
		this.mvc.perform(get("/api/v1/safety-plan/versions/3").with(bearer(client.token())))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"peopleToAsk\":[{\"name\":\"\",\"phone\":\"123\"}]}",
			"{\"professionals\":[{\"name\":\"Dr. Lind\",\"phone\":\"call me maybe\"}]}",
			"{\"crisisCountry\":\"Narnia\"}", "{\"warningSigns\":[\"%s\"]}", "{\"unknown\":true}",
			"{\"warningSigns\":\"not a list\"}", "{\"sharedWithTherapist\":\"perhaps\"}", "{\"warningSigns\":[", "" })
	void badInputIsRefusedAndChangesNothing(String body) throws Exception {
		Signed client = client();
		save(client, PLAN.formatted("false")).andExpect(status().isOk());
		String bad = body.replace("%s", "x".repeat(501));
		save(client, bad).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors").isArray());
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void twentyOneEntriesInOneStepAreTooMany() throws Exception {
		Signed client = client();
		String many = "\"a\",".repeat(20) + "\"b\"";
		save(client, "{\"copingStrategies\":[" + many + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("copingStrategies"));
	}

	@Test
	void theLinkedTherapistReadsASharedPlanAndTheReadIsLogged() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		save(client, PLAN.formatted("true")).andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/clients/{id}/safety-plan", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.copingStrategies[0]").value("Slow breathing"));
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("SAFETY_PLAN_READ"))
			.andExpect(jsonPath("$[0].actorId").value(therapist.id().toString()));
	}

	@Test
	void aPlanThatIsNotOrNoLongerSharedIsNotFoundForTheTherapist() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		readAsTherapist(therapist, client).andExpect(status().isNotFound());
		save(client, PLAN.formatted("false"));
		readAsTherapist(therapist, client).andExpect(status().isNotFound());
		save(client, PLAN.formatted("true"));
		readAsTherapist(therapist, client).andExpect(status().isOk());
		save(client, PLAN.formatted("false"));
		readAsTherapist(therapist, client).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherTherapistAndAnotherClientGetNotFound() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		save(client, PLAN.formatted("true"));

		Signed stranger = therapistWithTotp();
		readAsTherapist(stranger, client).andExpect(status().isNotFound());
		Signed otherClient = client();
		this.mvc.perform(get("/api/v1/clients/{id}/safety-plan", client.id()).with(bearer(otherClient.token())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/safety-plan/versions/1").with(bearer(otherClient.token())))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePlanPrintsAsAPdf() throws Exception {
		Signed client = client();
		save(client, PLAN.formatted("false"));
		byte[] pdf = this.mvc.perform(get("/api/v1/safety-plan/pdf").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			org.assertj.core.api.Assertions.assertThat(text)
				.contains("Cold water on my face", "+49 170 1234567", "142");
		}
	}

	@Test
	void helpNowAlwaysTriggersTheSafetyScreenWithCrisisLines() throws Exception {
		Signed client = client();
		this.mvc.perform(post("/api/v1/safety/help-now").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.triggered").value(true))
			.andExpect(jsonPath("$.reasons", hasItem("HELP_REQUESTED")))
			// A Europe/Vienna client gets the Austrian lines, the emergency number first.
			.andExpect(jsonPath("$.crisisLines[0].emergency").value(true))
			.andExpect(jsonPath("$.crisisLines[0].phone").value("112"))
			.andExpect(jsonPath("$.crisisLines[1].name", startsWith("TelefonSeelsorge")));
	}

	@Test
	void theChosenCountryDecidesTheCrisisLines() throws Exception {
		Signed client = client();
		save(client, "{\"crisisCountry\":\"gb\"}").andExpect(jsonPath("$.crisisCountry").value("GB"));
		this.mvc.perform(post("/api/v1/safety/help-now").with(bearer(client.token())))
			.andExpect(jsonPath("$.crisisLines[0].phone").value("999"))
			.andExpect(jsonPath("$.crisisLines[1].phone").value("116 123"));
	}

	@Test
	void withoutSignInThePlanIsUnauthorized() throws Exception {
		this.mvc.perform(get("/api/v1/safety-plan")).andExpect(status().isUnauthorized());
		this.mvc.perform(put("/api/v1/safety-plan").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.ResultActions save(Signed client, String body) throws Exception {
		return this.mvc.perform(put("/api/v1/safety-plan").with(bearer(client.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private org.springframework.test.web.servlet.ResultActions readAsTherapist(Signed therapist, Signed client)
			throws Exception {
		return this.mvc.perform(get("/api/v1/clients/{id}/safety-plan", client.id()).with(bearer(therapist.token())));
	}

}
