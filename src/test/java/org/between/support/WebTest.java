package org.between.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.TotpCodes;
import org.between.checkin.SkillCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the web-layer tests: one real application context on a fresh in-memory H2
 * (shared by every subclass, so keep the annotations here: a {@code @TestPropertySource},
 * {@code @Import} or {@code @MockitoBean} on a subclass starts a context of its own),
 * MockMvc through every filter, a movable clock, and helpers that create users with
 * unique e-mails and send each request from an address of its own, so that rate limits
 * never reach across tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class WebTest {

	/** Long, uncommon, and the same for every test user. */
	public static final String PASSWORD = "violet tractor under 7 moons";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	/**
	 * The check-in's view of the toolbox: the real one, wrapped in a spy so that
	 * {@code CheckinWithToolboxTests} can stub it without a context of its own. Spies are
	 * reset after every test.
	 */
	@MockitoSpyBean
	protected SkillCatalog skillCatalog;

	@BeforeEach
	void resetClock() {
		// Other test classes in this context may have moved the clock far ahead; sessions
		// (created on the system clock) and the clock must agree again.
		this.clock.set(Instant.now());
	}

	/** A unique e-mail address. */
	protected static String email() {
		return "u-" + UUID.randomUUID() + "@example.org";
	}

	/** A remote address no other request in this JVM uses. */
	protected static String newAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	protected static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Sends the request from a fresh address. */
	protected static RequestPostProcessor fresh() {
		return from(newAddress());
	}

	protected static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	protected static MockHttpServletRequestBuilder postJson(String path, String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body);
	}

	protected String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	/** Status, problem+json, the status field, and no trace of internals. */
	protected static ResultMatcher problem(int status) {
		return (result) -> {
			status().is(status).match(result);
			content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
			jsonPath("$.status").value(status).match(result);
			jsonPath("$.detail").isString().match(result);
			String body = result.getResponse().getContentAsString();
			assertThat(body).doesNotContain("Exception", "\tat ", "trace", "SQL", "org.springframework",
					"tools.jackson");
		};
	}

	/** The fields named in a 400's {@code errors}. */
	protected static List<String> errorFields(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].field");
	}

	protected static <T> T read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), path);
	}

	/** Signs up and answers the new user. */
	protected Account signUp(String role) throws Exception {
		return signUp(email(), role, "Test " + role.toLowerCase());
	}

	protected Account signUp(String email, String role, String displayName) throws Exception {
		String body = toJson(Map.of("email", email, "password", PASSWORD, "displayName", displayName, "role", role,
				"timeZone", "Europe/Vienna"));
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", body).with(fresh()))
			.andExpect(status().isCreated())
			.andReturn();
		return new Account(UUID.fromString(read(result, "$.id")), email, displayName);
	}

	/** A bearer token for the account (without a second factor). */
	protected String token(String email) throws Exception {
		return token(email, PASSWORD, null);
	}

	protected String token(String email, String password, String totp) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/auth/token", tokenBody(email, password, totp)).with(fresh()))
			.andExpect(status().isOk())
			.andReturn();
		return read(result, "$.token");
	}

	protected String tokenBody(String email, String password, String totp) {
		return (totp != null) ? toJson(Map.of("email", email, "password", password, "totp", totp))
				: toJson(Map.of("email", email, "password", password));
	}

	/** Starts and confirms TOTP enrolment; answers the secret. */
	protected String enrolTotp(String token) throws Exception {
		MvcResult started = this.mvc.perform(post("/api/v1/me/totp").with(bearer(token)))
			.andExpect(status().isOk())
			.andReturn();
		String secret = read(started, "$.secret");
		this.mvc.perform(postJson("/api/v1/me/totp/confirm", toJson(Map.of("code", code(secret)))).with(bearer(token)))
			.andExpect(status().isNoContent());
		return secret;
	}

	/** The current TOTP code for the secret by the application's clock. */
	protected String code(String secret) {
		return TotpCodes.codeAt(secret, this.clock.instant());
	}

	/** A therapist who has confirmed two-factor sign-in, with a token. */
	protected Signed therapistWithTotp() throws Exception {
		Account therapist = signUp("THERAPIST");
		String token = token(therapist.email());
		String secret = enrolTotp(token);
		return new Signed(therapist, token, secret);
	}

	protected Signed client() throws Exception {
		Account client = signUp("CLIENT");
		return new Signed(client, token(client.email()), null);
	}

	/** Creates an invitation code as the therapist. */
	protected String invite(String therapistToken, String forEmail) throws Exception {
		String body = (forEmail != null) ? toJson(Map.of("email", forEmail)) : "{}";
		MvcResult result = this.mvc.perform(postJson("/api/v1/invitations", body).with(bearer(therapistToken)))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.code");
	}

	/** Signs the person in for page requests, as the sign-in form would (with CSRF). */
	/** The HTML of a page {@code person} opens, which must answer 200. */
	protected String page(Signed person, String path) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	protected RequestPostProcessor signedIn(Signed person) {
		CurrentUser user = this.accounts.refresh(person.id());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		return (request) -> SecurityMockMvcRequestPostProcessors.csrf()
			.postProcessRequest(
					SecurityMockMvcRequestPostProcessors.authentication(authentication).postProcessRequest(request));
	}

	/** Links the client with the therapist through an invitation, as the two would. */
	protected void link(Signed therapist, Signed client) throws Exception {
		String code = invite(therapist.token(), null);
		this.mvc.perform(post("/api/v1/invitations/{code}/accept", code).with(bearer(client.token())).with(fresh()))
			.andExpect(status().isOk());
	}

	/**
	 * Links them as {@link #link} does, the client letting the therapist see every
	 * category of "What my therapist sees" from the start.
	 */
	protected void linkSharingEverything(Signed therapist, Signed client) throws Exception {
		link(therapist, client);
		shareEverything(client);
	}

	/** The client turns every category of "What my therapist sees" on. */
	protected void shareEverything(Signed client) throws Exception {
		share(client, true, true, true, true, true);
	}

	/** The client's "What my therapist sees", through the API. */
	protected void share(Signed client, boolean checkins, boolean riskFlags, boolean measures, boolean skills,
			boolean insights) throws Exception {
		this.mvc
			.perform(put("/api/v1/me/sharing").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("checkins", checkins, "riskFlags", riskFlags, "measures", measures, "skills",
						skills, "insights", insights)))
				.with(bearer(client.token())))
			.andExpect(status().isOk());
	}

	protected MvcResult me(String token) throws Exception {
		return this.mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk()).andReturn();
	}

	public record Account(UUID id, String email, String displayName) {
	}

	public record Signed(Account account, String token, String totpSecret) {

		public String email() {
			return this.account.email();
		}

		public UUID id() {
			return this.account.id();
		}

	}

}
