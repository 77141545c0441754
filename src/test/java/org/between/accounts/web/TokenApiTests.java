package org.between.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST/DELETE /api/v1/auth/token and bearer authentication. */
class TokenApiTests extends WebTest {

	@Test
	void validCredentialsGiveATokenForThirtyDays() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").isString())
			.andReturn();
		Instant expiresAt = Instant.parse(read(result, "$.expiresAt"));
		assertThat(expiresAt).isCloseTo(this.clock.instant().plus(Duration.ofDays(30)), within(Duration.ofSeconds(5)));
		String token = read(result, "$.token");
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		this.mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(account.id().toString()))
			.andExpect(jsonPath("$.email").value(account.email()))
			.andExpect(jsonPath("$.role").value("CLIENT"))
			.andExpect(jsonPath("$.timeZone").value("Europe/Vienna"))
			.andExpect(jsonPath("$.locale").isString())
			.andExpect(jsonPath("$.totpEnabled").value(false))
			.andExpect(jsonPath("$.therapist").doesNotExist());
	}

	@Test
	void unknownEmailAndWrongPasswordGetTheSameAnswer() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult unknown = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(email(), PASSWORD, null)).with(fresh()))
			.andExpect(problem(401))
			.andReturn();
		MvcResult wrong = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD + "x", null)).with(fresh()))
			.andExpect(problem(401))
			.andReturn();
		String detail = read(unknown, "$.detail");
		assertThat(detail).isNotBlank();
		assertThat((String) read(wrong, "$.detail")).isEqualTo(detail);
		assertThat(wrong.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
	}

	@Test
	void enrolledTotpNeedsTheCode() throws Exception {
		Signed user = client();
		String secret = enrolTotp(user.token());
		MvcResult missing = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(user.email(), PASSWORD, null)).with(fresh()))
			.andExpect(problem(401))
			.andReturn();
		assertThat((String) read(missing, "$.detail")).containsIgnoringCase("code").contains("totp");
		MvcResult wrongCode = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(user.email(), PASSWORD, otherCode(secret))).with(fresh()))
			.andExpect(problem(401))
			.andReturn();
		assertThat((String) read(wrongCode, "$.detail")).isNotEqualTo(read(missing, "$.detail"));
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(user.email(), PASSWORD, "not-a-code")).with(fresh()))
			.andExpect(problem(401));
		String token = token(user.email(), PASSWORD, code(secret));
		this.mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totpEnabled").value(true));
	}

	/** A six-digit code that is none of the three currently accepted ones. */
	private String otherCode(String secret) {
		java.util.Set<String> valid = java.util.Set.of(code(secret),
				org.between.accounts.TotpCodes.codeAt(secret, this.clock.instant().minusSeconds(30)),
				org.between.accounts.TotpCodes.codeAt(secret, this.clock.instant().plusSeconds(30)));
		for (int i = 0;; i++) {
			String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
			if (!valid.contains(candidate)) {
				return candidate;
			}
		}
	}

	@Test
	void revokedTokenIsRefused() throws Exception {
		Signed user = client();
		this.mvc.perform(delete("/api/v1/auth/token").with(bearer(user.token()))).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token())))
			.andExpect(problem(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
		this.mvc.perform(delete("/api/v1/auth/token").with(bearer(user.token()))).andExpect(problem(401));
	}

	@Test
	void revokingOneTokenLeavesTheOthers() throws Exception {
		Signed user = client();
		String second = token(user.email());
		this.mvc.perform(delete("/api/v1/auth/token").with(bearer(user.token()))).andExpect(status().isNoContent());
		me(second);
	}

	@Test
	void tokenExpiresAfterThirtyDays() throws Exception {
		Signed user = client();
		this.clock.advance(Duration.ofDays(30).minusSeconds(1));
		me(user.token());
		this.clock.advance(Duration.ofSeconds(2));
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token())))
			.andExpect(problem(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
	}

	static Stream<Arguments> garbageBearers() {
		return Stream.of(argumentSet("random", "Bearer c29tZXRoaW5nIHRoYXQgaXMgbm90IGEgdG9rZW4"),
				argumentSet("empty", "Bearer "), argumentSet("spaces", "Bearer      "),
				argumentSet("non-ASCII", "Bearer ünïcødé"), argumentSet("very long", "Bearer " + "a".repeat(8000)),
				argumentSet("lower-case scheme", "bearer nonsense"));
	}

	@ParameterizedTest
	@MethodSource("garbageBearers")
	void garbageBearerIs401(String authorization) throws Exception {
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, authorization))
			.andExpect(problem(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
	}

	@Test
	void basicAuthenticationIsNotAccepted() throws Exception {
		Account account = signUp("CLIENT");
		this.mvc
			.perform(get("/api/v1/me").with(fresh())
				.header(HttpHeaders.AUTHORIZATION,
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString((account.email() + ":" + PASSWORD).getBytes())))
			.andExpect(problem(401));
	}

	static Stream<Arguments> badTokenRequests() {
		return Stream.of(argumentSet("empty object", "{}"), argumentSet("missing password", "{\"email\":\"a@b.org\"}"),
				argumentSet("missing e-mail", "{\"password\":\"whatever whatever\"}"),
				argumentSet("unknown field", "{\"email\":\"a@b.org\",\"password\":\"x\",\"remember\":true}"),
				argumentSet("e-mail as object", "{\"email\":{},\"password\":\"x\"}"),
				argumentSet("password as array", "{\"email\":\"a@b.org\",\"password\":[1]}"),
				argumentSet("totp as object", "{\"email\":\"a@b.org\",\"password\":\"x\",\"totp\":{}}"),
				argumentSet("totp too long", "{\"email\":\"a@b.org\",\"password\":\"x\",\"totp\":\"1234567890123\"}"),
				argumentSet("nulls", "{\"email\":null,\"password\":null}"),
				argumentSet("e-mail too long", "{\"email\":\"" + "a".repeat(300) + "\",\"password\":\"x\"}"),
				argumentSet("password too long", "{\"email\":\"a@b.org\",\"password\":\"" + "p".repeat(1001) + "\"}"),
				argumentSet("malformed", "{\"email\":"), argumentSet("empty body", ""),
				argumentSet("array", "[\"a@b.org\",\"x\"]"));
	}

	@ParameterizedTest
	@MethodSource("badTokenRequests")
	void badTokenRequestIs400Or401NeverA500(String body) throws Exception {
		MvcResult result = this.mvc.perform(postJson("/api/v1/auth/token", body).with(fresh())).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).isIn(400, 401);
		problem(status).match(result);
		if (status == 400) {
			assertThat(errorFields(result)).isNotEmpty();
		}
	}

	@Test
	void tokenIsNeverSetAsCookie() throws Exception {
		Account account = signUp("CLIENT");
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

}
