package org.between.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/accounts: the contract of API.md "accounts", bad input first. */
class SignUpApiTests extends WebTest {

	static Map<String, Object> valid(String email) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("email", email);
		body.put("password", PASSWORD);
		body.put("displayName", "Robin");
		body.put("role", "CLIENT");
		body.put("timeZone", "Europe/Vienna");
		return body;
	}

	static Arguments bad(String name, Consumer<Map<String, Object>> change, String field) {
		return argumentSet(name, change, field);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(bad("missing e-mail", (b) -> b.remove("email"), "email"),
				bad("blank e-mail", (b) -> b.put("email", "   "), "email"),
				bad("invalid e-mail", (b) -> b.put("email", "not-an-address"), "email"),
				bad("e-mail over 254", (b) -> b.put("email", "a".repeat(250) + "@example.org"), "email"),
				bad("missing password", (b) -> b.remove("password"), "password"),
				bad("password of 11", (b) -> b.put("password", "abcdefghijk"), "password"),
				bad("common password", (b) -> b.put("password", "passwordpassword"), "password"),
				bad("common password, other case", (b) -> b.put("password", "PasswordPassword"), "password"),
				bad("common digits", (b) -> b.put("password", "123456789012"), "password"),
				bad("missing display name", (b) -> b.remove("displayName"), "displayName"),
				bad("blank display name", (b) -> b.put("displayName", " \t "), "displayName"),
				bad("display name over 100", (b) -> b.put("displayName", "x".repeat(101)), "displayName"),
				bad("missing role", (b) -> b.remove("role"), "role"),
				bad("unknown role", (b) -> b.put("role", "ADMIN"), "role"),
				bad("lower-case role", (b) -> b.put("role", "client"), "role"),
				bad("role as number", (b) -> b.put("role", 1), "role"),
				bad("missing time zone", (b) -> b.remove("timeZone"), "timeZone"),
				bad("unknown time zone", (b) -> b.put("timeZone", "Mars/Olympus_Mons"), "timeZone"),
				bad("unknown locale", (b) -> b.put("locale", "123"), "locale"),
				bad("unknown extra field", (b) -> b.put("admin", true), "admin"),
				bad("e-mail as object", (b) -> b.put("email", Map.of("a", 1)), "email"),
				bad("display name as array", (b) -> b.put("displayName", new String[] { "a" }), "displayName"),
				bad("password as null", (b) -> b.put("password", null), "password"));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void badInputIs400WithTheFieldAndStoresNothing(Consumer<Map<String, Object>> change, String field)
			throws Exception {
		String email = email();
		Map<String, Object> body = valid(email);
		change.accept(body);
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", toJson(body)).with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andReturn();
		assertThat(errorFields(result)).contains(field);
		assertThat(result.getResponse().getContentAsString()).doesNotContain(PASSWORD);
		// Nothing was stored: the address is still free.
		this.mvc.perform(postJson("/api/v1/accounts", toJson(valid(email))).with(fresh()))
			.andExpect(status().isCreated());
	}

	static Stream<Arguments> unreadable() {
		return Stream.of(argumentSet("malformed JSON", "{\"email\": \"a@example.org\", "),
				argumentSet("not JSON at all", "email=a@example.org"), argumentSet("empty body", ""),
				argumentSet("JSON array", "[]"), argumentSet("JSON string", "\"hello\""),
				argumentSet("JSON null", "null"));
	}

	@ParameterizedTest
	@MethodSource("unreadable")
	void unreadableBodyIs400NamingTheBody(String body) throws Exception {
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", body).with(fresh()))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).isNotEmpty();
	}

	@Test
	void emailWithSurroundingSpacesIsRefusedNotMangled() throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/accounts", toJson(valid(" " + email() + " "))).with(fresh()))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("email");
	}

	@Test
	void everyBadFieldIsListed() throws Exception {
		Map<String, Object> body = valid("nope");
		body.put("displayName", "");
		body.put("password", "short");
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", toJson(body)).with(fresh()))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).contains("email", "displayName", "password");
	}

	@Test
	void validSignUpIs201WithTheAccountAndNoSecrets() throws Exception {
		String email = email();
		Map<String, Object> body = valid(email);
		body.put("role", "THERAPIST");
		body.put("displayName", "Dr. Zoë Ünal 🌱");
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", toJson(body)).with(fresh()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.displayName").value("Dr. Zoë Ünal 🌱"))
			.andExpect(jsonPath("$.role").value("THERAPIST"))
			.andExpect(jsonPath("$.timeZone").value("Europe/Vienna"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andReturn();
		String text = result.getResponse().getContentAsString();
		assertThat(text).doesNotContain("argon2", PASSWORD, "$");
		assertThat(java.util.UUID.fromString(read(result, "$.id"))).isNotNull();
		// and the account works
		token(email);
	}

	@Test
	void emailIsStoredNormalised() throws Exception {
		String email = email();
		this.mvc.perform(postJson("/api/v1/accounts", toJson(valid(email.toUpperCase()))).with(fresh()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email));
	}

	@Test
	void duplicateEmailIs409AlsoInAnotherCase() throws Exception {
		String email = email();
		signUp(email, "CLIENT", "First");
		Map<String, Object> again = valid(email);
		again.put("password", "a different long passphrase");
		this.mvc.perform(postJson("/api/v1/accounts", toJson(again)).with(fresh()))
			.andExpect(problem(409))
			.andExpect(jsonPath("$.detail").value("An account with this e-mail exists already."));
		this.mvc.perform(postJson("/api/v1/accounts", toJson(valid(email.toUpperCase()))).with(fresh()))
			.andExpect(problem(409));
		// The first account is unchanged: its password still works, the second does not.
		token(email);
		this.mvc
			.perform(
					postJson("/api/v1/auth/token", tokenBody(email, "a different long passphrase", null)).with(fresh()))
			.andExpect(problem(401));
	}

}
