package org.between.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "sessions and frame", calendar: the feed link (made, replaced, stopped), the
 * feed itself without sign-in, each feed showing only its owner's sessions, and the
 * therapist's choice to show client names.
 */
class CalendarApiTests extends WebTest {

	static final String URL_PATTERN = "http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics";

	String feedUrl(Signed person) throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/calendar/feed-url").with(bearer(person.token())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn();
		return read(result, "$.url");
	}

	static String path(String url) {
		return URI.create(url).getPath();
	}

	/** Fetches the feed as a calendar app would: no sign-in, no cookie. */
	Calendar fetch(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(path(url)).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
	}

	void answersBare404(String path) throws Exception {
		// As given (already encoded where needed), not as a URI template.
		MvcResult result = this.mvc.perform(get(URI.create(path)).with(fresh()))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	/** A person in a zone of their own (WebTest's sign-up uses Europe/Vienna). */
	Signed signUpIn(String role, String zone, String displayName) throws Exception {
		String email = email();
		String body = toJson(Map.of("email", email, "password", PASSWORD, "displayName", displayName, "role", role,
				"timeZone", zone));
		MvcResult result = this.mvc.perform(postJson("/api/v1/accounts", body).with(fresh()))
			.andExpect(status().isCreated())
			.andReturn();
		return new Signed(new Account(UUID.fromString(read(result, "$.id")), email, displayName), token(email), null);
	}

	/** Weekly on Sundays at 18:00 in the therapist's zone (Vienna), three times. */
	void weeklySundays(Signed therapist, Signed client, String first, String last) throws Exception {
		String body = toJson(Map.of("weekday", "SUNDAY", "startTime", "18:00", "durationMinutes", 50, "everyWeeks", 1,
				"startDate", first, "endDate", last, "videoLink", "https://video.example/room-1"));
		this.mvc
			.perform(postJson("/api/v1/clients/{clientId}/standing-appointments", body, client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String path, String body,
			Object... vars) {
		return post(path, vars).contentType("application/json").accept("application/json").content(body);
	}

	List<String> sessionIds(Signed person, String from, String to) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/sessions").param("from", from).param("to", to).with(bearer(person.token())))
			.andExpect(status().isOk())
			.andReturn();
		return read(result, "$[*].id");
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT);
	}

	static String value(PropertyListAccessor container, String property) {
		Optional<Property> found = container.getProperty(property);
		return found.map(Property::getValue).orElse(null);
	}

	static List<String> uids(Calendar calendar) {
		return events(calendar).stream().map((e) -> value(e, Property.UID)).toList();
	}

	@SuppressWarnings("unchecked")
	static ZonedDateTime start(VEvent event) {
		Optional<Property> found = event.getProperty(Property.DTSTART);
		return (ZonedDateTime) ((DtStart<Temporal>) found.orElseThrow()).getDate();
	}

	static String tzid(VEvent event) {
		Optional<Property> found = event.getProperty(Property.DTSTART);
		return found.flatMap((p) -> p.<Parameter>getParameter(Parameter.TZID)).map(Parameter::getValue).orElse(null);
	}

	@Test
	void theFirstCallMakesTheLinkAndLaterCallsAnswerTheSameOne() throws Exception {
		Signed client = client();
		String url = feedUrl(client);
		assertThat(url).matches(URL_PATTERN);
		assertThat(feedUrl(client)).isEqualTo(url);
		assertThat(feedUrl(client())).isNotEqualTo(url);
	}

	@Test
	void theFeedNeedsNoSignInMakesNoSessionAndIsACalendar() throws Exception {
		Signed client = client();
		Calendar calendar = fetch(feedUrl(client));
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Between//Sessions//EN");
		assertThat(events(calendar)).isEmpty();
	}

	@Test
	void stoppingTheFeedMakesTheLinkAnswer404AtOnce() throws Exception {
		Signed client = client();
		String url = feedUrl(client);
		fetch(url);
		this.mvc.perform(delete("/api/v1/calendar/feed-url").with(bearer(client.token())))
			.andExpect(status().isNoContent());
		answersBare404(path(url));
		// Stopping twice is fine; asking again makes a new link.
		this.mvc.perform(delete("/api/v1/calendar/feed-url").with(bearer(client.token())))
			.andExpect(status().isNoContent());
		String again = feedUrl(client);
		assertThat(again).matches(URL_PATTERN).isNotEqualTo(url);
		fetch(again);
		answersBare404(path(url));
	}

	@Test
	void aNewLinkReplacesTheOldOneWhichAnswers404() throws Exception {
		Signed client = client();
		String old = feedUrl(client);
		MvcResult result = this.mvc.perform(post("/api/v1/calendar/feed-url").with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(jsonPath("$.url").isString())
			.andReturn();
		String renewed = read(result, "$.url");
		assertThat(renewed).matches(URL_PATTERN).isNotEqualTo(old);
		answersBare404(path(old));
		fetch(renewed);
		assertThat(feedUrl(client)).isEqualTo(renewed);
	}

	@Test
	void unknownAndMalformedTokensAnswerTheSameBare404() throws Exception {
		answersBare404("/calendar/" + "A".repeat(43) + ".ics");
		answersBare404("/calendar/abc.ics");
		answersBare404("/calendar/" + "A".repeat(500) + ".ics");
		answersBare404("/calendar/" + "A".repeat(42) + "+.ics");
		answersBare404("/calendar/%27%20or%201=1--.ics");
		answersBare404("/calendar/.ics");
	}

	@Test
	void theApiNeedsSignIn() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/feed-url").with(fresh())).andExpect(problem(401));
		this.mvc.perform(post("/api/v1/calendar/feed-url").with(fresh())).andExpect(problem(401));
		this.mvc.perform(delete("/api/v1/calendar/feed-url").with(fresh())).andExpect(problem(401));
		this.mvc.perform(get("/api/v1/calendar/feed-settings").with(fresh())).andExpect(problem(401));
		this.mvc
			.perform(put("/api/v1/calendar/feed-settings").contentType("application/json")
				.content("{\"showClientNames\":true}")
				.with(fresh()))
			.andExpect(problem(401));
	}

	@Test
	void eachFeedShowsOnlyItsOwnersSessions() throws Exception {
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		Signed otherTherapist = therapistWithTotp();
		Signed otherClient = client();
		link(otherTherapist, otherClient);
		weeklySundays(therapist, client, "2027-03-21", "2027-04-04");
		weeklySundays(otherTherapist, otherClient, "2027-03-21", "2027-03-28");

		List<String> mine = sessionIds(client, "2027-03-01", "2027-05-01");
		List<String> theirs = sessionIds(otherClient, "2027-03-01", "2027-05-01");
		assertThat(mine).hasSize(3);
		assertThat(theirs).hasSize(2);
		List<String> mineUids = mine.stream().map((id) -> id + "@between").toList();
		List<String> theirUids = theirs.stream().map((id) -> id + "@between").toList();

		assertThat(uids(fetch(feedUrl(client)))).containsExactlyInAnyOrderElementsOf(mineUids);
		assertThat(uids(fetch(feedUrl(therapist)))).containsExactlyInAnyOrderElementsOf(mineUids);
		assertThat(uids(fetch(feedUrl(otherClient)))).containsExactlyInAnyOrderElementsOf(theirUids);
		assertThat(uids(fetch(feedUrl(otherTherapist)))).containsExactlyInAnyOrderElementsOf(theirUids);
	}

	@Test
	void aViennaTherapistAndANewYorkClientAcrossTheChangeOf28March2027() throws Exception {
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = signUpIn("CLIENT", "America/New_York", "Ana");
		link(therapist, client);
		weeklySundays(therapist, client, "2027-03-21", "2027-04-04");
		List<Instant> instants = List.of(Instant.parse("2027-03-21T17:00:00Z"), Instant.parse("2027-03-28T16:00:00Z"),
				Instant.parse("2027-04-04T16:00:00Z"));

		Calendar theirs = fetch(feedUrl(therapist));
		assertThat(value(theirs.getComponents(Component.VTIMEZONE).get(0), Property.TZID)).isEqualTo("Europe/Vienna");
		List<VEvent> therapistEvents = events(theirs).stream()
			.sorted((a, b) -> start(a).toInstant().compareTo(start(b).toInstant()))
			.toList();
		assertThat(therapistEvents).extracting((e) -> start(e).toInstant()).containsExactlyElementsOf(instants);
		assertThat(therapistEvents).allSatisfy((e) -> {
			assertThat(start(e).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
			assertThat(tzid(e)).isEqualTo("Europe/Vienna");
		});

		Calendar clients = fetch(feedUrl(client));
		assertThat(value(clients.getComponents(Component.VTIMEZONE).get(0), Property.TZID))
			.isEqualTo("America/New_York");
		List<VEvent> clientEvents = events(clients).stream()
			.sorted((a, b) -> start(a).toInstant().compareTo(start(b).toInstant()))
			.toList();
		assertThat(clientEvents).extracting((e) -> start(e).toInstant()).containsExactlyElementsOf(instants);
		assertThat(clientEvents).extracting((e) -> start(e).toLocalTime())
			.containsExactly(LocalTime.of(13, 0), LocalTime.of(12, 0), LocalTime.of(12, 0));
		assertThat(clientEvents).allSatisfy((e) -> {
			assertThat(tzid(e)).isEqualTo("America/New_York");
			assertThat(value(e, Property.SUMMARY)).isEqualTo("Session with " + therapist.account().displayName());
			assertThat(value(e, Property.DESCRIPTION)).contains("https://video.example/room-1");
		});
	}

	@Test
	void aCancelledSessionStaysInTheFeedAsCancelledWithoutTheReason() throws Exception {
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		weeklySundays(therapist, client, "2027-03-21", "2027-03-28");
		String id = sessionIds(client, "2027-03-27", "2027-03-29").get(0);
		this.mvc
			.perform(postJson("/api/v1/sessions/{id}/cancel", "{\"reason\":\"my panic came back\"}", id)
				.with(bearer(client.token())))
			.andExpect(status().isOk());

		Calendar calendar = fetch(feedUrl(client));
		VEvent cancelled = events(calendar).stream()
			.filter((e) -> (id + "@between").equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow();
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
		assertThat(events(calendar)).filteredOn((e) -> !e.equals(cancelled))
			.allSatisfy((e) -> assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED"));
		assertThat(calendar.toString()).doesNotContainIgnoringCase("panic");
	}

	@Test
	void aTherapistsFeedNamesClientsOnlyAfterOptingIn() throws Exception {
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = signUpIn("CLIENT", "Europe/Vienna", "Ana, \"Zoë\"; López");
		link(therapist, client);
		weeklySundays(therapist, client, "2027-03-21", "2027-03-28");
		String url = feedUrl(therapist);

		this.mvc.perform(get("/api/v1/calendar/feed-settings").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.showClientNames").value(false));
		assertThat(events(fetch(url))).hasSize(2)
			.allSatisfy((e) -> assertThat(value(e, Property.SUMMARY)).isEqualTo("Session"));

		this.mvc
			.perform(put("/api/v1/calendar/feed-settings").contentType("application/json")
				.content("{\"showClientNames\":true}")
				.with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.showClientNames").value(true));
		assertThat(events(fetch(url))).hasSize(2)
			.allSatisfy((e) -> assertThat(value(e, Property.SUMMARY)).isEqualTo("Session with Ana, \"Zoë\"; López"));

		// A new link keeps the choice; turning it off hides the names again.
		String renewed = read(
				this.mvc.perform(post("/api/v1/calendar/feed-url").with(bearer(therapist.token()))).andReturn(),
				"$.url");
		assertThat(events(fetch(renewed)))
			.allSatisfy((e) -> assertThat(value(e, Property.SUMMARY)).startsWith("Session with Ana"));
		this.mvc
			.perform(put("/api/v1/calendar/feed-settings").contentType("application/json")
				.content("{\"showClientNames\":false}")
				.with(bearer(therapist.token())))
			.andExpect(status().isOk());
		assertThat(events(fetch(renewed)))
			.allSatisfy((e) -> assertThat(value(e, Property.SUMMARY)).isEqualTo("Session"));
	}

	@Test
	void clientsHaveNoClientNameSettingAndBadInputIs400() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/api/v1/calendar/feed-settings").with(bearer(client.token()))).andExpect(problem(403));
		this.mvc
			.perform(put("/api/v1/calendar/feed-settings").contentType("application/json")
				.content("{\"showClientNames\":true}")
				.with(bearer(client.token())))
			.andExpect(problem(403));

		Signed therapist = therapistWithTotp();
		for (String body : List.of("{}", "{\"showClientNames\":null}", "{\"showClientNames\":\"maybe\"}",
				"{\"showClientNames\":true,\"extra\":1}", "not json")) {
			this.mvc
				.perform(put("/api/v1/calendar/feed-settings").contentType("application/json")
					.content(body)
					.with(bearer(therapist.token())))
				.andExpect(problem(400));
		}
		this.mvc
			.perform(put("/api/v1/calendar/feed-settings").contentType("text/plain")
				.content("true")
				.with(bearer(therapist.token())))
			.andExpect(status().is(415));
		this.mvc.perform(get("/api/v1/calendar/feed-settings").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.showClientNames").value(false));
	}

	@Test
	void theOpenApiDocumentDescribesTheFeed() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/feed-url'].get.description")
				.value(org.hamcrest.Matchers.containsString("The first call creates the link")))
			.andExpect(jsonPath("$.paths['/api/v1/calendar/feed-url'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/feed-url'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/feed-settings'].put").exists());
		this.mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
	}

}
