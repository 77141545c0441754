package org.between.endings;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "endings": {@code GET|PUT /api/v1/portfolio}, {@code GET /api/v1/portfolio/pdf},
 * the therapist's {@code PUT /api/v1/clients/{id}/portfolio/letter} and {@code GET
 * /api/v1/clients/{id}/portfolio}: the JSON, 400 naming every field, 422 for sharing with
 * no one, 403 for the wrong role, 404 for another therapist and after the link ends, the
 * audit row of a read in the client's access log; and the pages.
 */
class PortfolioApiTests extends WebTest {

	private static MockHttpServletRequestBuilder putJson(String path, String body, Object... variables) {
		return put(path, variables).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String body(boolean share) {
		return toJson(Map.of("skillsThatWork", List.of("Paced breathing"), "insights", List.of("Feelings pass"),
				"relapseSigns", List.of("I sleep badly"), "whatToDo", List.of("Call Jo"), "howToComeBack",
				"Write to the practice.", "shareWithTherapist", share));
	}

	private int rows(Signed actor, Signed subject, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and subject_id = ? and action = ?", Integer.class,
				actor.id(), subject.id(), action);
	}

	@Test
	void theClientWritesTheirPortfolioAndReadsItBack() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prefilled").value(true))
			.andExpect(jsonPath("$.updatedAt").doesNotExist())
			.andExpect(jsonPath("$.safetyPlan.version").value(0))
			.andExpect(jsonPath("$.letters").isEmpty());

		this.mvc.perform(putJson("/api/v1/portfolio", body(false)).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skillsThatWork[0]").value("Paced breathing"))
			.andExpect(jsonPath("$.insights[0]").value("Feelings pass"))
			.andExpect(jsonPath("$.relapseSigns[0]").value("I sleep badly"))
			.andExpect(jsonPath("$.whatToDo[0]").value("Call Jo"))
			.andExpect(jsonPath("$.howToComeBack").value("Write to the practice."))
			.andExpect(jsonPath("$.prefilled").value(false))
			.andExpect(jsonPath("$.shareWithTherapist").value(false));
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(client.token())))
			.andExpect(jsonPath("$.whatToDo[0]").value("Call Jo"));

		byte[] pdf = this.mvc.perform(get("/api/v1/portfolio/pdf").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PdfText.of(pdf)).contains("Paced breathing", "Feelings pass", "I sleep badly", "Call Jo",
				"Write to the practice.");
	}

	@Test
	void everyBadFieldIsNamedWith400AndSharingWithNoOneIs422() throws Exception {
		Signed client = client();
		String tooLong = "x".repeat(501);
		MvcResult bad = this.mvc
			.perform(putJson("/api/v1/portfolio",
					toJson(Map.of("skillsThatWork", List.of(tooLong), "insights", Collections.nCopies(21, "a"),
							"howToComeBack", "y".repeat(2001))))
				.with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(bad)).containsExactly("skillsThatWork", "insights", "howToComeBack");
		this.mvc.perform(putJson("/api/v1/portfolio", "{\"colour\":\"blue\"}").with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc.perform(putJson("/api/v1/portfolio", "{\"insights\":\"not a list\"}").with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc.perform(putJson("/api/v1/portfolio", body(true)).with(bearer(client.token())))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("linked with a therapist")));
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(client.token())))
			.andExpect(jsonPath("$.updatedAt").doesNotExist());

		Signed therapist = therapistWithTotp();
		link(therapist, client);
		this.mvc
			.perform(putJson("/api/v1/clients/{id}/portfolio/letter", toJson(Map.of("letter", "z".repeat(20001))),
					client.id())
				.with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("letter"));
	}

	@Test
	void theTherapistWritesTheLetterAndReadsOnlyWhatIsSharedAudited() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);

		this.mvc
			.perform(putJson("/api/v1/clients/{id}/portfolio/letter",
					toJson(Map.of("letter", "You did the hard work.")), client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.letter").value("You did the hard work."))
			.andExpect(jsonPath("$.from").value(therapist.account().displayName()));
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(client.token())))
			.andExpect(jsonPath("$.letter").value("You did the hard work."))
			.andExpect(jsonPath("$.letters[0].from").value(therapist.account().displayName()));

		this.mvc.perform(get("/api/v1/clients/{id}/portfolio", client.id()).with(bearer(therapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(putJson("/api/v1/portfolio", body(true)).with(bearer(client.token())))
			.andExpect(jsonPath("$.shareWithTherapist").value(true));

		int before = rows(therapist, client, "PORTFOLIO_READ");
		this.mvc.perform(get("/api/v1/clients/{id}/portfolio", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.whatToDo[0]").value("Call Jo"))
			.andExpect(jsonPath("$.safetyPlan").doesNotExist())
			.andExpect(jsonPath("$.skillNumbers").isEmpty());
		assertThat(rows(therapist, client, "PORTFOLIO_READ")).isEqualTo(before + 1);
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("PORTFOLIO_READ"))
			.andExpect(jsonPath("$[0].actorId").value(therapist.id().toString()));
		assertThat(page(client, "/account")).contains("Your therapist read the portfolio you share with them");

		this.mvc
			.perform(putJson("/api/v1/clients/{id}/portfolio/letter", "{\"letter\":\"  \"}", client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isNoContent());
	}

	@Test
	void anotherUserAndAnUnlinkedTherapistGet404AndTheWrongRole403() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(putJson("/api/v1/portfolio", body(true)).with(bearer(client.token())))
			.andExpect(status().isOk());
		Signed stranger = therapistWithTotp();
		Signed otherClient = client();

		for (Signed someoneElse : List.of(stranger, otherClient)) {
			this.mvc.perform(get("/api/v1/clients/{id}/portfolio", client.id()).with(bearer(someoneElse.token())))
				.andExpect(problem(404));
			this.mvc
				.perform(putJson("/api/v1/clients/{id}/portfolio/letter", "{\"letter\":\"Hi\"}", client.id())
					.with(bearer(someoneElse.token())))
				.andExpect(problem(404));
		}
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(otherClient.token())))
			.andExpect(jsonPath("$.whatToDo").isEmpty());
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(therapist.token()))).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/portfolio/pdf").with(bearer(therapist.token())))
			.andExpect(status().isForbidden());

		// The ending: the therapist's access ends with the link, the client keeps it all.
		this.jdbc.update("update accounts_link set ended_at = now(), active_client_id = null where client_id = ?",
				client.id());
		this.mvc.perform(get("/api/v1/clients/{id}/portfolio", client.id()).with(bearer(therapist.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(putJson("/api/v1/clients/{id}/portfolio/letter", "{\"letter\":\"Hi\"}", client.id())
				.with(bearer(therapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/portfolio").with(bearer(client.token())))
			.andExpect(jsonPath("$.whatToDo[0]").value("Call Jo"))
			.andExpect(jsonPath("$.shareWithTherapist").value(false));
		this.mvc.perform(get("/api/v1/portfolio").with(fresh())).andExpect(status().isUnauthorized());
	}

	@Test
	void thePagesSaveWithPostRedirectGetAndNameProblemsOnTheForm() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);

		String empty = page(client, "/ending/portfolio");
		assertThat(empty).contains("My portfolio", "The skills that work for me", "How to come back", "My safety plan",
				"Let " + therapist.account().displayName() + " read my portfolio");

		this.mvc
			.perform(post("/clients/{id}/portfolio/letter", client.id()).param("letter", "Dear Sam, you did it.")
				.with(signedIn(therapist)))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/portfolio"));
		assertThat(page(therapist, "/clients/" + client.id() + "/portfolio")).contains("Dear Sam, you did it.",
				"has not shared their portfolio with you");

		this.mvc
			.perform(post("/ending/portfolio").param("skillsThatWork", "Paced breathing\n\nA walk")
				.param("whatToDo", "Call Jo")
				.param("shareWithTherapist", "true")
				.with(signedIn(client)))
			.andExpect(redirectedUrl("/ending/portfolio"));
		String saved = page(client, "/ending/portfolio");
		assertThat(saved).contains("Dear Sam, you did it.", "A walk");

		this.mvc.perform(post("/ending/portfolio").param("insights", "x".repeat(501)).with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("under 500 characters")));

		int before = rows(therapist, client, "PORTFOLIO_READ");
		assertThat(page(therapist, "/clients/" + client.id() + "/portfolio")).contains("Call Jo", "A walk");
		assertThat(rows(therapist, client, "PORTFOLIO_READ")).isEqualTo(before + 1);

		this.mvc.perform(get("/ending/portfolio.pdf").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(get("/clients/{id}/portfolio", client.id()).with(signedIn(therapistWithTotp())))
			.andExpect(status().isNotFound());
	}

}
