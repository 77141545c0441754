package org.between.accounts.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md: only failures count; 10 per account in 15 minutes, 100 per address in an hour.
 */
class RateLimitTests extends WebTest {

	private ResultActions tokenRequest(String email, String password, String address) throws Exception {
		return this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(email, password, null)).with(from(address)));
	}

	private static void assertRetryAfter(MvcResult result, long atMostSeconds) {
		String retryAfter = result.getResponse().getHeader(HttpHeaders.RETRY_AFTER);
		assertThat(retryAfter).as("Retry-After").isNotNull().matches("\\d+");
		assertThat(Long.parseLong(retryAfter)).isPositive().isLessThanOrEqualTo(atMostSeconds);
	}

	@Test
	void tenWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
		Account account = signUp("CLIENT");
		for (int i = 0; i < 10; i++) {
			tokenRequest(account.email(), "wrong password " + i, newAddress()).andExpect(problem(401));
		}
		MvcResult locked = tokenRequest(account.email(), PASSWORD, newAddress()).andExpect(problem(429)).andReturn();
		assertRetryAfter(locked, 15 * 60);
		// the e-mail in another case is the same account
		tokenRequest(account.email().toUpperCase(), PASSWORD, newAddress()).andExpect(problem(429));
		this.clock.advance(Duration.ofMinutes(14));
		tokenRequest(account.email(), PASSWORD, newAddress()).andExpect(problem(429));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		tokenRequest(account.email(), PASSWORD, newAddress()).andExpect(status().isOk());
	}

	@Test
	void successfulSignInsDoNotCount() throws Exception {
		Account account = signUp("CLIENT");
		String address = newAddress();
		for (int i = 0; i < 9; i++) {
			tokenRequest(account.email(), "wrong password " + i, address).andExpect(problem(401));
		}
		for (int i = 0; i < 3; i++) {
			tokenRequest(account.email(), PASSWORD, address).andExpect(status().isOk());
		}
		// the tenth failure still answers 401; only then is the account locked
		tokenRequest(account.email(), "wrong password 9", address).andExpect(problem(401));
		tokenRequest(account.email(), PASSWORD, address).andExpect(problem(429));
	}

	@Test
	void lockingOneAccountLeavesOthersAlone() throws Exception {
		Account locked = signUp("CLIENT");
		Account other = signUp("CLIENT");
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			tokenRequest(locked.email(), "wrong password " + i, address).andExpect(problem(401));
		}
		tokenRequest(locked.email(), PASSWORD, address).andExpect(problem(429));
		tokenRequest(other.email(), PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void hundredFailuresFromOneAddressLockThatAddressOnly() throws Exception {
		Account account = signUp("CLIENT");
		String address = newAddress();
		for (int i = 0; i < 100; i++) {
			// unknown accounts: each one fails once, so only the address limit is reached
			tokenRequest(email(), PASSWORD, address).andExpect(problem(401));
		}
		MvcResult locked = tokenRequest(account.email(), PASSWORD, address).andExpect(problem(429)).andReturn();
		assertRetryAfter(locked, 60 * 60);
		tokenRequest(account.email(), PASSWORD, newAddress()).andExpect(status().isOk());
		// the sign-in form from that address is refused too
		this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", PASSWORD)
				.with(csrf())
				.with(from(address)))
			.andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		tokenRequest(account.email(), PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void signInFormLocksTheAccountAfterTenFailures() throws Exception {
		Account account = signUp("CLIENT");
		for (int i = 0; i < 10; i++) {
			this.mvc
				.perform(post("/login").param("email", account.email())
					.param("password", "wrong password " + i)
					.with(csrf())
					.with(fresh()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(
				post("/login").param("email", account.email()).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/login?locked"));
		// the form and the API share the count
		tokenRequest(account.email(), PASSWORD, newAddress()).andExpect(problem(429));
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		this.mvc.perform(
				post("/login").param("email", account.email()).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongInvitationCodesCountAndLockTheClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		String code = invite(therapist.token(), null);
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			this.mvc
				.perform(post("/api/v1/invitations/WRONG-COD" + i + "/accept").with(bearer(client.token()))
					.with(from(address)))
				.andExpect(problem(404));
		}
		MvcResult locked = this.mvc
			.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(problem(429))
			.andReturn();
		assertRetryAfter(locked, 15 * 60);
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		this.mvc.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk());
	}

	@Test
	void wrongInvitationCodesCountTowardTheAddress() throws Exception {
		String address = newAddress();
		for (int c = 0; c < 10; c++) {
			Signed client = client();
			for (int i = 0; i < 10; i++) {
				this.mvc
					.perform(post("/api/v1/invitations/NOPE" + c + "-NOPE" + i + "/accept").with(bearer(client.token()))
						.with(from(address)))
					.andExpect(problem(404));
			}
		}
		Signed another = client();
		this.mvc
			.perform(post("/api/v1/invitations/NOPE0-NOPE0/accept").with(bearer(another.token())).with(from(address)))
			.andExpect(problem(429));
		tokenRequest(another.email(), PASSWORD, address).andExpect(problem(429));
		tokenRequest(another.email(), PASSWORD, newAddress()).andExpect(status().isOk());
	}

}
