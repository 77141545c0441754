package org.between.accounts.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two-factor enrolment over the API, and what therapists may do without it. */
class TotpApiTests extends WebTest {

	@Test
	void enrolmentGivesASecretAndNeedsTheRightCode() throws Exception {
		Signed user = client();
		MvcResult started = this.mvc.perform(post("/api/v1/me/totp").with(bearer(user.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secret").isString())
			.andReturn();
		String secret = read(started, "$.secret");
		String uri = read(started, "$.otpauthUri");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(uri).startsWith("otpauth://totp/")
			.contains("secret=" + secret, "algorithm=SHA1", "digits=6", "period=30");
		// not active before confirmation
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token())))
			.andExpect(jsonPath("$.totpEnabled").value(false));
		token(user.email());

		String wrong = code(secret).equals("000000") ? "111111" : "000000";
		MvcResult refused = this.mvc
			.perform(postJson("/api/v1/me/totp/confirm", toJson(Map.of("code", wrong))).with(bearer(user.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(refused)).containsExactly("code");
		this.mvc.perform(postJson("/api/v1/me/totp/confirm", "{}").with(bearer(user.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc.perform(postJson("/api/v1/me/totp/confirm", "{\"code\":123456}").with(bearer(user.token())))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token())))
			.andExpect(jsonPath("$.totpEnabled").value(false));

		this.mvc
			.perform(postJson("/api/v1/me/totp/confirm", toJson(Map.of("code", code(secret))))
				.with(bearer(user.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token()))).andExpect(jsonPath("$.totpEnabled").value(true));
		// enrolling again is a conflict, not a silent new secret
		this.mvc.perform(post("/api/v1/me/totp").with(bearer(user.token()))).andExpect(problem(409));
	}

	@Test
	void confirmingWithoutStartingIsAConflict() throws Exception {
		Signed user = client();
		this.mvc.perform(postJson("/api/v1/me/totp/confirm", "{\"code\":\"123456\"}").with(bearer(user.token())))
			.andExpect(problem(409));
	}

	@Test
	void therapistWithoutTotpCannotReadClientData() throws Exception {
		Account therapist = signUp("THERAPIST");
		String token = token(therapist.email());
		this.mvc.perform(get("/api/v1/clients").with(bearer(token)))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("two-factor sign-in required"));
		this.mvc.perform(postJson("/api/v1/invitations", "{}").with(bearer(token)))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("two-factor sign-in required"));
		// the therapist's own account still works
		me(token);

		enrolTotp(token);
		this.mvc.perform(get("/api/v1/clients").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(postJson("/api/v1/invitations", "{}").with(bearer(token))).andExpect(status().isCreated());
	}

}
