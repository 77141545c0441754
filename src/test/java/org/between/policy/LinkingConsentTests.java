package org.between.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 6: linking is consent to the frame. The invitation page names the
 * therapist, shows their policy in force in short and the sharing choice, and accepting
 * acknowledges the version shown.
 */
class LinkingConsentTests extends WebTest {

	private static final Pattern VERSION = Pattern.compile("name=\"policyVersion\" value=\"(\\d+)\"");

	private ResultActions publish(Signed therapist, String fee, LocalDate from) throws Exception {
		return this.mvc.perform(put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON)
			.content(PolicyApiTests.policy(48, "60", fee, from))
			.with(bearer(therapist.token())));
	}

	private List<Integer> acknowledged(Signed client) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(this.mvc.perform(get("/api/v1/policy").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.acknowledgements[*].version");
	}

	@Test
	void theInvitationPageNamesTheTherapistAndShowsThePolicyAndTheSharingChoice() throws Exception {
		Signed therapist = therapistWithTotp();
		publish(therapist, "85", null).andExpect(status().isCreated());
		Signed client = client();
		String code = invite(therapist.token(), null);
		String page = page(client, "/invitations/" + code);
		assertThat(page).contains(therapist.account().displayName() + " invited you to Between",
				"Their practice policy", "Version 1, in force since", "85", "48 hours",
				"Accepting also says you have read this version", "What my therapist sees",
				"name=\"policyVersion\" value=\"1\"");
		// Nothing is linked by looking.
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(jsonPath("$.therapist").isEmpty());
	}

	@Test
	void theCodeTypedOnHomeLeadsToTheSameConsentStep() throws Exception {
		Signed therapist = therapistWithTotp();
		publish(therapist, "85", null).andExpect(status().isCreated());
		Signed client = client();
		String code = invite(therapist.token(), null);
		String page = this.mvc.perform(post("/invitations/review").param("code", code).with(signedIn(client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(therapist.account().displayName() + " invited you to Between",
				"name=\"policyVersion\" value=\"1\"", "Accept and link");
		String wrong = this.mvc.perform(post("/invitations/review").param("code", "WRONG-CODE0").with(signedIn(client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("That code did not work.").doesNotContain("policyVersion");
	}

	@Test
	void withoutAPolicyThePageSaysSoKindly() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String page = page(client, "/invitations/" + invite(therapist.token(), null));
		assertThat(page).contains("has not written down a practice policy in Between yet")
			.doesNotContain("policyVersion");
	}

	@Test
	void acceptingAcknowledgesTheVersionShownEvenWhenANewerOneWasPublishedInBetween() throws Exception {
		Signed therapist = therapistWithTotp();
		publish(therapist, "85", null).andExpect(status().isCreated());
		Signed client = client();
		String code = invite(therapist.token(), null);
		String page = page(client, "/invitations/" + code);
		Matcher shown = VERSION.matcher(page);
		assertThat(shown.find()).isTrue();
		// A lower fee takes effect at once: version 2 is in force before the client
		// accepts.
		publish(therapist, "70", null).andExpect(status().isCreated());
		this.mvc
			.perform(post("/invitations/accept").param("code", code)
				.param("policyVersion", shown.group(1))
				.with(signedIn(client))
				.with(fresh()))
			.andExpect(redirectedUrl("/"));
		assertThat(acknowledged(client)).containsExactly(1);
	}

	@Test
	void theApiShowsTheVersionAndAcceptingWithItAcknowledgesIt() throws Exception {
		Signed therapist = therapistWithTotp();
		publish(therapist, "85", null).andExpect(status().isCreated());
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.mvc.perform(get("/api/v1/invitations/" + code).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.therapist.displayName").value(therapist.account().displayName()))
			.andExpect(jsonPath("$.policyVersion").value(1))
			.andExpect(jsonPath("$.expiresAt").isString());
		publish(therapist, "95", this.clock.instant().atZone(PolicyApiTests.ZONE).toLocalDate().plusDays(40))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/invitations/" + code + "/accept", "{\"policyVersion\":1}")
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(status().isOk());
		assertThat(acknowledged(client)).containsExactly(1);
	}

	@Test
	void aVersionTheTherapistDoesNotHaveLinksNothing() throws Exception {
		Signed therapist = therapistWithTotp();
		publish(therapist, "85", null).andExpect(status().isCreated());
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.mvc
			.perform(postJson("/api/v1/invitations/" + code + "/accept", "{\"policyVersion\":7}")
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(problem(400));
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(jsonPath("$.therapist").isEmpty());
		// the code still works
		this.mvc.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk());
		assertThat(acknowledged(client)).isEmpty();
	}

	@Test
	void anotherClientCannotPreviewACodeMeantForSomeoneElse() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), "someone-else-" + client.account().email());
		this.mvc.perform(get("/api/v1/invitations/" + code).with(bearer(client.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/invitations/" + code).with(bearer(therapist.token()))).andExpect(problem(403));
	}

}
