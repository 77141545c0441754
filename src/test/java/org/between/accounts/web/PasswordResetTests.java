package org.between.accounts.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password reset: the page, the API, and the single-use link from the e-mail. */
class PasswordResetTests extends WebTest {

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "a brand new and long secret";

	/** The reset tokens in the e-mails queued to this address, oldest first. */
	private List<String> resetTokens(String email) {
		return this.jdbc
			.queryForList("select body from notify_outbox where recipient = ? order by created_at", String.class, email)
			.stream()
			.map(LINK::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.toList();
	}

	private void requestReset(String email) throws Exception {
		this.mvc.perform(postJson("/api/v1/auth/password-reset", toJson(Map.of("email", email))).with(fresh()))
			.andExpect(status().isAccepted());
	}

	private String resetToken(String email) throws Exception {
		requestReset(email);
		List<String> tokens = resetTokens(email);
		assertThat(tokens).isNotEmpty();
		return tokens.get(tokens.size() - 1);
	}

	private String confirm(String token, String password) {
		return toJson(Map.of("token", token, "password", password));
	}

	@Test
	void pageAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
		Account account = signUp("CLIENT");
		String unknown = email();
		MvcResult known = this.mvc
			.perform(post("/password-reset").param("email", account.email()).with(csrf()).with(fresh()))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult other = this.mvc.perform(post("/password-reset").param("email", unknown).with(csrf()).with(fresh()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(stripVarying(known.getResponse().getContentAsString()))
			.isEqualTo(stripVarying(other.getResponse().getContentAsString()));
		assertThat(known.getResponse().getContentAsString()).contains("If that address has an account");
		assertThat(resetTokens(account.email())).hasSize(1);
		assertThat(resetTokens(unknown)).isEmpty();
	}

	/** CSRF tokens and the typed address differ between two answers. */
	private static String stripVarying(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]{20,}\"", "");
	}

	@Test
	void apiAnswers202ForKnownAndUnknownAddresses() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult known = this.mvc
			.perform(postJson("/api/v1/auth/password-reset", toJson(Map.of("email", account.email()))).with(fresh()))
			.andExpect(status().isAccepted())
			.andReturn();
		MvcResult unknown = this.mvc
			.perform(postJson("/api/v1/auth/password-reset", toJson(Map.of("email", email()))).with(fresh()))
			.andExpect(status().isAccepted())
			.andReturn();
		assertThat(known.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
		this.mvc.perform(postJson("/api/v1/auth/password-reset", "{}").with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void resetSetsTheNewPasswordOnceAndSignsOutEverywhere() throws Exception {
		Signed user = client();
		String token = resetToken(user.email());
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		// the answer never carries the token
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, NEW_PASSWORD)).with(fresh()))
			.andExpect(status().isNoContent());

		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(user.email(), PASSWORD, null)).with(fresh()))
			.andExpect(problem(401));
		token(user.email(), NEW_PASSWORD, null);
		this.mvc.perform(get("/api/v1/me").with(bearer(user.token()))).andExpect(problem(401));

		this.mvc
			.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, "yet another long secret"))
				.with(fresh()))
			.andExpect(problem(404));
		token(user.email(), NEW_PASSWORD, null);
	}

	@Test
	void expiredLinkIs404() throws Exception {
		Account account = signUp("CLIENT");
		String token = resetToken(account.email());
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, NEW_PASSWORD)).with(fresh()))
			.andExpect(problem(404));
		token(account.email());
	}

	@Test
	void commonOrShortNewPasswordIs400AndKeepsTheLink() throws Exception {
		Account account = signUp("CLIENT");
		String token = resetToken(account.email());
		this.mvc
			.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, "passwordpassword")).with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, "short")).with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		token(account.email());
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", confirm(token, NEW_PASSWORD)).with(fresh()))
			.andExpect(status().isNoContent());
	}

	@Test
	void unknownTokenIs404AndBadBodiesAre400() throws Exception {
		this.mvc
			.perform(postJson("/api/v1/auth/password-reset/confirm", confirm("no-such-token", NEW_PASSWORD))
				.with(fresh()))
			.andExpect(problem(404));
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", "{\"token\":\"x\"}").with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc.perform(postJson("/api/v1/auth/password-reset/confirm", "{\"token\":1,\"password\":[]}").with(fresh()))
			.andExpect(problem(400));
	}

	@Test
	void resetPageFormWorksToo() throws Exception {
		Account account = signUp("CLIENT");
		String token = resetToken(account.email());
		this.mvc.perform(get("/password-reset/" + token)).andExpect(status().isOk());
		this.mvc.perform(post("/password-reset/" + token).param("password", NEW_PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection());
		token(account.email(), NEW_PASSWORD, null);
	}

}
