package org.between.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invitations and client links (API.md "accounts"). */
class InvitationApiTests extends WebTest {

	private MvcResult accept(String clientToken, String code, int status) throws Exception {
		var result = this.mvc
			.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(clientToken)).with(fresh()));
		if (status == 200) {
			return result.andExpect(status().isOk()).andReturn();
		}
		return result.andExpect(problem(status)).andReturn();
	}

	@Test
	void clientAcceptsAndBothSeeTheLink() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		MvcResult created = this.mvc.perform(postJson("/api/v1/invitations", "{}").with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").isString())
			.andReturn();
		String code = read(created, "$.code");
		assertThat(Instant.parse(read(created, "$.expiresAt"))).isCloseTo(this.clock.instant().plus(Duration.ofDays(7)),
				within(Duration.ofSeconds(5)));

		this.mvc.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.therapist.id").value(therapist.id().toString()))
			.andExpect(jsonPath("$.therapist.displayName").value(therapist.account().displayName()))
			.andExpect(jsonPath("$.therapist.email").doesNotExist());

		this.mvc.perform(get("/api/v1/me").with(bearer(client.token())))
			.andExpect(jsonPath("$.therapist.id").value(therapist.id().toString()))
			.andExpect(jsonPath("$.therapist.displayName").value(therapist.account().displayName()));
		this.mvc.perform(get("/api/v1/clients").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(client.id().toString()))
			.andExpect(jsonPath("$[0].displayName").value(client.account().displayName()))
			.andExpect(jsonPath("$[0].since").isString())
			.andExpect(jsonPath("$[0].email").doesNotExist());

		// single use, even for the same client
		accept(client.token(), code, 404);
		Signed other = client();
		accept(other.token(), code, 404);
	}

	@Test
	void codeIsReadLeniently() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		accept(client.token(), code.toLowerCase().replace("-", ""), 200);
	}

	@Test
	void expiredCodeIs404() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.clock.advance(Duration.ofDays(7).plusSeconds(1));
		accept(client.token(), code, 404);
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(jsonPath("$.therapist").isEmpty());
	}

	@Test
	void codeStillWorksJustBeforeItExpires() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		this.clock.advance(Duration.ofDays(7).minusSeconds(5));
		accept(client.token(), code, 200);
	}

	@Test
	void unknownCodesAre404() throws Exception {
		Signed client = client();
		accept(client.token(), "AAAAA-AAAAA", 404);
		accept(client.token(), "x", 404);
		MvcResult tooLong = accept(client.token(), "a".repeat(41), 400);
		assertThat(errorFields(tooLong)).containsExactly("code");
	}

	@Test
	void alreadyLinkedClientGets409() throws Exception {
		Signed first = therapistWithTotp();
		Signed second = therapistWithTotp();
		Signed client = client();
		accept(client.token(), invite(first.token(), null), 200);
		String code = invite(second.token(), null);
		accept(client.token(), code, 409);
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token())))
			.andExpect(jsonPath("$.therapist.id").value(first.id().toString()));
		this.mvc.perform(get("/api/v1/clients").with(bearer(second.token())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void therapistCannotAcceptAndClientCannotInvite() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed otherTherapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		accept(otherTherapist.token(), code, 403);
		this.mvc.perform(postJson("/api/v1/invitations", "{}").with(bearer(client.token()))).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/clients").with(bearer(client.token()))).andExpect(problem(403));
		// the code is still usable by a client
		accept(client.token(), code, 200);
	}

	@Test
	void invitationForAnEmailIsOnlyForThatClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed intended = client();
		Signed someoneElse = client();
		String code = invite(therapist.token(), intended.email().toUpperCase());
		accept(someoneElse.token(), code, 404);
		this.mvc.perform(get("/api/v1/me").with(bearer(someoneElse.token())))
			.andExpect(jsonPath("$.therapist").isEmpty());
		accept(intended.token(), code, 200);
		// and the invitation e-mail was queued to that address
		Integer queued = this.jdbc.queryForObject("select count(*) from notify_outbox where recipient = ?",
				Integer.class, intended.email());
		assertThat(queued).isEqualTo(1);
	}

	@Test
	void invitationRequestIsValidated() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/invitations", toJson(Map.of("email", "not-an-address")))
				.with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		this.mvc.perform(postJson("/api/v1/invitations", "{\"note\":\"hi\"}").with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		// no body at all is allowed (the e-mail is optional)
		this.mvc.perform(post("/api/v1/invitations").with(bearer(therapist.token()))).andExpect(status().isCreated());
	}

	@Test
	void anotherTherapistDoesNotSeeMyClients() throws Exception {
		Signed mine = therapistWithTotp();
		Signed other = therapistWithTotp();
		Signed client = client();
		accept(client.token(), invite(mine.token(), null), 200);
		MvcResult list = this.mvc.perform(get("/api/v1/clients").with(bearer(other.token())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(list.getResponse().getContentAsString()).doesNotContain(client.id().toString());
	}

}
