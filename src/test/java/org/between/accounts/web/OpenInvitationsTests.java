package org.between.accounts.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 4: open invitations with their expiry, revoke and resend, the shareable
 * link beside the code ({@code GET /api/v1/invitations}, {@code DELETE
 * /api/v1/invitations/{code}}, {@code POST /api/v1/invitations/{code}/resend}, and
 * {@code /clients}).
 */
class OpenInvitationsTests extends WebTest {

	@Test
	void aNewInvitationCarriesItsLinkAndIsListedUntilAccepted() throws Exception {
		Signed therapist = therapistWithTotp();
		MvcResult created = this.mvc
			.perform(postJson("/api/v1/invitations", "{\"email\":\"robin@example.org\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String code = read(created, "$.code");
		assertThat((String) read(created, "$.link")).endsWith("/invitations/" + code).startsWith("http");

		MvcResult list = this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].email").value("robin@example.org"))
			.andExpect(jsonPath("$[0].expiresAt").value((String) read(created, "$.expiresAt")))
			.andExpect(jsonPath("$[0].code").doesNotExist())
			.andExpect(jsonPath("$[0].codeHash").doesNotExist())
			.andReturn();
		assertThat((String) read(list, "$[0].id")).hasSize(36);

		Signed client = signedClient("robin@example.org");
		this.mvc.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anExpiredInvitationIsNoLongerListed() throws Exception {
		Signed therapist = therapistWithTotp();
		invite(therapist.token(), null);
		this.clock.advance(Duration.ofDays(7).plusSeconds(1));
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void revokingByCodeOrIdMakesTheCodeOpenNothing() throws Exception {
		Signed therapist = therapistWithTotp();
		String byCode = invite(therapist.token(), null);
		this.mvc.perform(delete("/api/v1/invitations/" + byCode).with(bearer(therapist.token())))
			.andExpect(status().isNoContent());
		Signed client = client();
		this.mvc.perform(post("/api/v1/invitations/" + byCode + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(problem(404));

		String byId = invite(therapist.token(), null);
		String id = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.mvc.perform(delete("/api/v1/invitations/" + id).with(bearer(therapist.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(post("/api/v1/invitations/" + byId + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/invitations/" + id).with(bearer(therapist.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anotherTherapistGets404AndAClient403() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed other = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		String id = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.mvc.perform(delete("/api/v1/invitations/" + code).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/invitations/" + id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(post("/api/v1/invitations/" + id + "/resend").with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/invitations").with(bearer(other.token())))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/v1/invitations").with(bearer(client.token()))).andExpect(problem(403));
		this.mvc.perform(delete("/api/v1/invitations/" + id).with(bearer(client.token()))).andExpect(problem(403));
		this.mvc.perform(delete("/api/v1/invitations/not-a-code").with(bearer(therapist.token())))
			.andExpect(problem(404));
		// still open for its own therapist
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void resendingReplacesTheCodeAndMailsTheSameAddress() throws Exception {
		Signed therapist = therapistWithTotp();
		String address = email();
		String old = invite(therapist.token(), address);
		String id = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.clock.advance(Duration.ofDays(3));
		MvcResult resent = this.mvc
			.perform(post("/api/v1/invitations/" + id + "/resend").with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String fresh = read(resent, "$.code");
		assertThat(fresh).isNotEqualTo(old);
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].email").value(address))
			.andExpect(jsonPath("$[0].expiresAt").value((String) read(resent, "$.expiresAt")));
		Integer mails = this.jdbc.queryForObject(
				"select count(*) from notify_outbox where recipient = ? and body like ?", Integer.class, address,
				"%" + fresh + "%");
		assertThat(mails).isEqualTo(1);
		Signed client = signedClient(address);
		this.mvc.perform(post("/api/v1/invitations/" + old + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(problem(404));
		this.mvc.perform(post("/api/v1/invitations/" + fresh + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk());
	}

	@Test
	void theClientsPageListsOpenInvitationsAndRevokesAndResends() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(post("/invitations").param("email", "").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/clients#invite"))
			.andExpect(flash().attributeExists("invitation"));
		invite(therapist.token(), "kai@example.org");
		String page = page(therapist, "/clients");
		assertThat(page).contains("Open invitations", "kai@example.org", "For anyone with the code", "Works until",
				"Create an invitation code");
		String id = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.mvc.perform(post("/invitations/" + id + "/resend").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/clients#invite"))
			.andExpect(flash().attributeExists("invitation"));
		String newId = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.mvc.perform(post("/invitations/" + newId + "/revoke").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/clients#invitations"));
		this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.length()").value(1));
		Signed other = therapistWithTotp();
		String otherId = read(this.mvc.perform(get("/api/v1/invitations").with(bearer(therapist.token()))).andReturn(),
				"$[0].id");
		this.mvc.perform(post("/invitations/" + otherId + "/revoke").with(signedIn(other)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHomePageNoLongerCreatesInvitations() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(get("/").with(signedIn(therapist)))
			.andExpect(content().string(not(containsString("Create an invitation code"))))
			.andExpect(content().string(containsString("href=\"/clients#invite\"")));
	}

	private Signed signedClient(String address) throws Exception {
		var account = signUp(address, "CLIENT", "Robin");
		return new Signed(account, token(address), null);
	}

}
