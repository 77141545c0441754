package org.between.measures;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.accounts.TotpCodes;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes people through the API, as a client app would: sign up, get a token, confirm a
 * therapist's two-factor sign-in, link a client with a therapist. Each person has a fresh
 * e-mail address; each sign-in comes from its own address so that rate limits never meet.
 */
final class People {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final MockMvc mvc;

	private final Clock clock;

	/** The clock is the application's, for the two-factor codes. */
	People(MockMvc mvc, Clock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	Person client() throws Exception {
		return signUp(Role.CLIENT);
	}

	/** A therapist who has confirmed two-factor sign-in, as every therapist must. */
	Person therapist() throws Exception {
		Person therapist = signUp(Role.THERAPIST);
		String started = this.mvc.perform(post("/api/v1/me/totp").with(therapist.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JSON.readTree(started).get("secret").asString();
		this.mvc
			.perform(json(post("/api/v1/me/totp/confirm"),
					Map.of("code", TotpCodes.codeAt(secret, this.clock.instant())))
				.with(therapist.bearer()))
			.andExpect(status().isNoContent());
		return therapist;
	}

	/** A therapist and a client who accepted their invitation. */
	Person linkedTo(Person therapist) throws Exception {
		Person client = client();
		String invitation = this.mvc
			.perform(post("/api/v1/invitations").with(therapist.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JSON.readTree(invitation).get("code").asString();
		this.mvc.perform(post("/api/v1/invitations/{code}/accept", code).with(client.bearer()).with(fresh()))
			.andExpect(status().isOk());
		return client;
	}

	/**
	 * {@link #linkedTo}, the client letting the therapist see every category of "What my
	 * therapist sees" from the start.
	 */
	Person linkedSharingTo(Person therapist) throws Exception {
		Person client = linkedTo(therapist);
		this.mvc
			.perform(put("/api/v1/me/sharing").with(client.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkins\":true,\"riskFlags\":true,\"measures\":true,\"skills\":true,\"insights\":true}"))
			.andExpect(status().isOk());
		return client;
	}

	private Person signUp(Role role) throws Exception {
		String email = "m-" + UUID.randomUUID() + "@example.org";
		String password = "a calm long password " + UUID.randomUUID();
		String name = (role == Role.CLIENT) ? "Sam" : "Dr Lee";
		String account = this.mvc
			.perform(
					post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
						.content(JSON
							.writeValueAsString(new SignUp(email, password, name, role.name(), "Europe/London", "en"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JSON.readTree(account).get("id").asString());
		String issued = this.mvc
			.perform(post("/api/v1/auth/token").with(fresh())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(new TokenRequest(email, password))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JSON.readTree(issued).get("token").asString();
		return new Person(id, token,
				new CurrentUser(id, role, name, ZoneId.of("Europe/London"), Locale.ENGLISH, false));
	}

	/** A request from an address nobody else uses. */
	static RequestPostProcessor fresh() {
		int n = ADDRESSES.getAndIncrement();
		return (request) -> {
			request.setRemoteAddr("10.77." + ((n / 250) % 250) + "." + (n % 250 + 1));
			return request;
		};
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	record Person(UUID id, String token, CurrentUser user) {

		RequestPostProcessor bearer() {
			return (request) -> {
				request.addHeader("Authorization", "Bearer " + this.token);
				return request;
			};
		}

		/** Signed in to the pages, as after the sign-in form. */
		RequestPostProcessor session() {
			return authentication(UsernamePasswordAuthenticationToken.authenticated(this.user, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + this.user.role().name()))));
		}

	}

	record SignUp(String email, String password, String displayName, String role, String timeZone, String locale) {
	}

	record TokenRequest(String email, String password) {
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder builder, Object body) {
		return builder.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

}
