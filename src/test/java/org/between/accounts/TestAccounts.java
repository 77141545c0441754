package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes people for API tests the way a newcomer would: sign-up, token, two-factor
 * enrolment for therapists, invitation and acceptance. Every call uses fresh, unique
 * e-mails.
 */
public final class TestAccounts {

	public static final String PASSWORD = "quiet river stones 42";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	public TestAccounts(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The current code for a TOTP secret, as an authenticator app would show it. */
	public static String totpCode(String secret, Instant at) {
		return Totp.codeAt(secret, at);
	}

	public Person client() throws Exception {
		return signUp("CLIENT");
	}

	/** A therapist with confirmed two-factor sign-in, so they may read client data. */
	public Person therapist() throws Exception {
		Person therapist = signUp("THERAPIST");
		JsonNode enrolment = json(this.mvc.perform(post("/api/v1/me/totp").header("Authorization", therapist.bearer()))
			.andExpect(status().isOk())
			.andReturn());
		String code = totpCode(enrolment.get("secret").asString(), Instant.now());
		this.mvc
			.perform(post("/api/v1/me/totp/confirm").header("Authorization", therapist.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\"}"))
			.andExpect(status().isNoContent());
		return therapist;
	}

	/** Links the client with the therapist through an invitation, as the two would. */
	public void link(Person therapist, Person client) throws Exception {
		String code = json(this.mvc.perform(post("/api/v1/invitations").header("Authorization", therapist.bearer()))
			.andExpect(status().isCreated())
			.andReturn()).get("code").asString();
		this.mvc.perform(post("/api/v1/invitations/" + code + "/accept").header("Authorization", client.bearer()))
			.andExpect(status().isOk());
	}

	public Person signUp(String role) throws Exception {
		String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		JsonNode account = json(this.mvc
			.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"email":"%s","password":"%s","displayName":"%s","role":"%s","timeZone":"Europe/Berlin"}"""
					.formatted(email, PASSWORD, "Test " + role.toLowerCase(), role)))
			.andExpect(status().isCreated())
			.andReturn());
		JsonNode token = json(this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn());
		return new Person(UUID.fromString(account.get("id").asString()), email, token.get("token").asString());
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	/** A signed-up person and their API token. */
	public record Person(UUID id, String email, String token) {

		public String bearer() {
			return "Bearer " + this.token;
		}

	}

}
