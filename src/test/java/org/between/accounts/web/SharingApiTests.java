package org.between.accounts.web;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "What my therapist sees": {@code GET|PUT /api/v1/me/sharing}, the choice when accepting
 * an invitation (API and page), the section of {@code /account}, the therapist's client
 * page, and every change in the client's access log.
 */
class SharingApiTests extends WebTest {

	static final String ALL_ON = "{\"checkins\":true,\"riskFlags\":true,\"measures\":true,\"skills\":true,\"insights\":true}";

	MvcResult sharing(Signed client) throws Exception {
		return this.mvc.perform(get("/api/v1/me/sharing").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andReturn();
	}

	@Test
	void aNewLinkSharesNothingButTheName() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/api/v1/me/sharing").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(content().json(
					"{\"checkins\":false,\"riskFlags\":false,\"measures\":false,\"skills\":false,\"insights\":false}",
					org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void theClientChangesTheChoiceAndEachChangeIsInTheirAccessLog() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"checkins\":true,\"riskFlags\":true,\"measures\":false,\"skills\":false,\"insights\":false}")
				.with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkins").value(true))
			.andExpect(jsonPath("$.riskFlags").value(true))
			.andExpect(jsonPath("$.measures").value(false));
		MvcResult now = sharing(client);
		assertThat((Boolean) read(now, "$.checkins")).isTrue();
		assertThat((Boolean) read(now, "$.skills")).isFalse();

		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("SHARING_CHANGED"))
			.andExpect(jsonPath("$[0].itemId").value("CHECKINS,RISK_FLAGS"));
		this.mvc.perform(get("/account").with(signedIn(client)))
			.andExpect(content().string(containsString("You changed what your therapist sees")));

		// Saying the same again changes nothing and writes no row.
		int rows = changes(client);
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"checkins\":true,\"riskFlags\":true,\"measures\":false,\"skills\":false,\"insights\":false}")
				.with(bearer(client.token())))
			.andExpect(status().isOk());
		assertThat(changes(client)).isEqualTo(rows);
	}

	int changes(Signed client) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'SHARING_CHANGED' and subject_id = ?", Integer.class,
				client.id());
	}

	@Test
	void aBadBodyIsA400NamingEachField() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		MvcResult missing = this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkins\":true}")
				.with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(missing)).contains("riskFlags", "measures", "skills", "insights");
		this.mvc.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
			.content("{\"checkins\":\"maybe\",\"riskFlags\":true,\"measures\":true,\"skills\":true,\"insights\":true}")
			.with(bearer(client.token()))).andExpect(problem(400));
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkins\":true,\"riskFlags\":true,\"measures\":true,\"skills\":true,\"insights\":true,"
						+ "\"journal\":true}")
				.with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content("not json")
				.with(bearer(client.token())))
			.andExpect(problem(400));
		assertThat((Boolean) read(sharing(client), "$.checkins")).isFalse();
	}

	@Test
	void therapistsCannotUseItAndAClientWithoutATherapistHasNobodyToShareWith() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(get("/api/v1/me/sharing").with(bearer(therapist.token()))).andExpect(problem(403));
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content(ALL_ON)
				.with(bearer(therapist.token())))
			.andExpect(problem(403));
		Signed alone = client();
		assertThat((Boolean) read(sharing(alone), "$.riskFlags")).isFalse();
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content(ALL_ON)
				.with(bearer(alone.token())))
			.andExpect(problem(409));
		this.mvc.perform(get("/api/v1/me/sharing")).andExpect(status().isUnauthorized());
	}

	@Test
	void acceptingAnInvitationWithChoicesSavesThemWithTheLink() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.mvc
			.perform(postJson("/api/v1/invitations/" + code + "/accept", "{\"riskFlags\":true,\"skills\":true}")
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.therapist.id").value(therapist.id().toString()));
		MvcResult now = sharing(client);
		assertThat((Boolean) read(now, "$.riskFlags")).isTrue();
		assertThat((Boolean) read(now, "$.skills")).isTrue();
		assertThat((Boolean) read(now, "$.checkins")).isFalse();
		assertThat(changes(client)).isEqualTo(1);
	}

	@Test
	void theInvitationPageTicksNothingAndSavesWhatTheClientTicks() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.mvc.perform(get("/invitations/" + code).with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"riskFlags\"")))
			.andExpect(content().string(containsString("name=\"insights\"")))
			.andExpect(content().string(containsString("before your next session, not in real time")))
			.andExpect(content().string(not(containsString("checked=\"checked\""))));
		this.mvc
			.perform(post("/invitations/accept").param("code", code)
				.param("checkins", "true")
				.param("measures", "true")
				.with(signedIn(client))
				.with(fresh()))
			.andExpect(status().is3xxRedirection());
		MvcResult now = sharing(client);
		assertThat((Boolean) read(now, "$.checkins")).isTrue();
		assertThat((Boolean) read(now, "$.measures")).isTrue();
		assertThat((Boolean) read(now, "$.riskFlags")).isFalse();
	}

	@Test
	void theConsentSentencesSayWhatTheCodeDoes() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("only what the client chooses to share")))
			.andExpect(content().string(not(containsString("private unless they choose to share it, item by item"))));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		this.mvc.perform(get("/invitations/" + invite(therapist.token(), null)).with(signedIn(client)))
			.andExpect(content().string(containsString("They will see your name, and only what you tick below.")))
			.andExpect(content().string(not(containsString("Everything else stays private"))));
	}

	@Test
	void theAccountPageShowsTheChoiceAndChangesIt() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/account").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sharing\"")))
			.andExpect(content().string(containsString("name=\"checkins\"")));
		this.mvc
			.perform(post("/account/sharing").param("skills", "true").param("insights", "true").with(signedIn(client)))
			.andExpect(status().is3xxRedirection());
		MvcResult now = sharing(client);
		assertThat((Boolean) read(now, "$.skills")).isTrue();
		assertThat((Boolean) read(now, "$.insights")).isTrue();
		assertThat((Boolean) read(now, "$.checkins")).isFalse();
		// An unticked box is not sent: turned off again.
		this.mvc.perform(post("/account/sharing").param("skills", "true").with(signedIn(client)))
			.andExpect(status().is3xxRedirection());
		assertThat((Boolean) read(sharing(client), "$.insights")).isFalse();
		// Therapists have no such section.
		this.mvc.perform(get("/account").with(signedIn(therapist)))
			.andExpect(content().string(not(containsString("name=\"checkins\""))));
	}

	@Test
	void theTherapistSeesTheClientsCurrentChoiceOnTheClientsPageAndOthersGetNotFound() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		share(client, false, true, false, false, false);
		String page = this.mvc.perform(get("/clients/" + client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(item(page, "riskFlags")).contains("Safety flags").contains("<strong>shared</strong>");
		assertThat(item(page, "checkins")).contains("<strong>not shared</strong>");
		assertThat(item(page, "measures")).contains("<strong>not shared</strong>");
		assertThat(page).contains("data-testid=\"client-insights-not-shared\"")
			.doesNotContain("/clients/" + client.id() + "/insights\"");
		this.mvc.perform(get("/clients/" + client.id()).with(signedIn(therapistWithTotp())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/account/sharing").param("checkins", "true").with(signedIn(therapist)))
			.andExpect(status().isForbidden());
	}

	/** The line of one category in the therapist's summary of the choice. */
	static String item(String page, String key) {
		int start = page.indexOf("data-testid=\"client-sharing-" + key + "\"");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</li>", start));
	}

	@Test
	void aLinkThatEndsTakesTheChoiceWithItANewOneStartsWithNothing() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		shareEverything(client);
		this.jdbc.update("update accounts_link set ended_at = now(), active_client_id = null where client_id = ?",
				client.id());
		assertThat((Boolean) read(sharing(client), "$.checkins")).isFalse();
		link(therapistWithTotp(), client);
		assertThat((Boolean) read(sharing(client), "$.checkins")).isFalse();
		assertThat((Boolean) read(sharing(client), "$.insights")).isFalse();
	}

}
