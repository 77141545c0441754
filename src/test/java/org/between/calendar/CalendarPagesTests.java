package org.between.calendar;

import java.net.URI;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Calendar" section of {@code /account} and its forms. */
class CalendarPagesTests extends WebTest {

	String apiUrl(Signed person) throws Exception {
		return read(this.mvc.perform(get("/api/v1/calendar/feed-url").with(bearer(person.token()))).andReturn(),
				"$.url");
	}

	String accountPage(Signed person) throws Exception {
		return this.mvc.perform(get("/account").with(signedIn(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	void submit(Signed person, String path, String notice) throws Exception {
		this.mvc.perform(post(path).with(signedIn(person)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account#calendar"))
			.andExpect(flash().attribute("calendarNotice", notice));
	}

	int feedStatus(String url) throws Exception {
		return this.mvc.perform(get(URI.create(url).getPath()).with(fresh())).andReturn().getResponse().getStatus();
	}

	@Test
	void aClientMakesShowsReplacesAndStopsTheLinkOnTheAccountPage() throws Exception {
		Signed client = client();
		String page = accountPage(client);
		assertThat(page).contains("id=\"calendar\"")
			.contains("Anyone with this link can see the times, so keep it to yourself.")
			.contains("Make my calendar link")
			.doesNotContain("data-testid=\"calendar-url\"")
			.doesNotContain("showClientNames");

		submit(client, "/account/calendar", "created");
		String url = apiUrl(client);
		page = accountPage(client);
		assertThat(page).contains("value=\"" + url + "\"")
			.contains("readonly")
			.contains("href=\"" + url.replace("http://", "webcal://") + "\"")
			.contains("Make a new link")
			.contains("Stop the calendar feed");
		assertThat(feedStatus(url)).isEqualTo(200);

		submit(client, "/account/calendar/new", "replaced");
		String renewed = apiUrl(client);
		assertThat(renewed).isNotEqualTo(url);
		assertThat(feedStatus(url)).isEqualTo(404);
		assertThat(accountPage(client)).contains("value=\"" + renewed + "\"").doesNotContain(url);

		submit(client, "/account/calendar/stop", "stopped");
		assertThat(feedStatus(renewed)).isEqualTo(404);
		assertThat(accountPage(client)).contains("Make my calendar link").doesNotContain(renewed);
	}

	@Test
	void aTherapistChoosesWhetherClientNamesAppear() throws Exception {
		Signed therapist = therapistWithTotp();
		assertThat(accountPage(therapist)).contains("Show client names in my calendar")
			.contains("name=\"showClientNames\"")
			.doesNotContain("checked");

		this.mvc
			.perform(post("/account/calendar/client-names").param("showClientNames", "true").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/account#calendar"));
		assertThat(accountPage(therapist)).contains("checked");
		this.mvc.perform(get("/api/v1/calendar/feed-settings").with(bearer(therapist.token())))
			.andExpect(content().string(containsString("\"showClientNames\":true")));

		// An unticked box is not sent at all: names off again.
		this.mvc.perform(post("/account/calendar/client-names").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/account#calendar"));
		assertThat(accountPage(therapist)).doesNotContain("checked");
	}

	@Test
	void clientsCannotSetClientNamesAndFormsNeedTheCsrfToken() throws Exception {
		Signed client = client();
		this.mvc.perform(post("/account/calendar/client-names").param("showClientNames", "true").with(signedIn(client)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/account").with(signedIn(client)))
			.andExpect(content().string(not(containsString("name=\"showClientNames\""))));

		Signed other = client();
		this.mvc.perform(post("/account/calendar")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(other.id().toString())))
			.andExpect(status().isForbidden());
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc
			.perform(post("/account/calendar").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/calendar/x")).andExpect(status().is3xxRedirection());
	}

}
