package org.between.reminders;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "E-mail reminders" section of {@code /account} and the unsubscribe page, which
 * works without signing in — also for a mail program's one-click POST.
 */
class RemindersPagesTests extends WebTest {

	@Autowired
	ReminderRound round;

	@Test
	void theAccountPageOffersAClientEachReminderTheyCanGetAllOff() throws Exception {
		Signed client = client();
		String page = page(client, "/account");
		assertThat(page).contains("id=\"reminders\"")
			.contains("E-mail reminders")
			.contains("Between never writes because you have not opened it for a while.")
			.contains("Before an appointment")
			.contains("When a questionnaire your therapist asked for is ready")
			.contains("name=\"hoursBefore\"")
			.contains("value=\"21:00\"")
			.contains("value=\"08:00\"")
			.contains("in your time zone (Europe/Vienna)")
			.doesNotContain("name=\"sessionReminder\" value=\"true\" checked")
			.doesNotContain("checked");
		assertThat(page).as("the messages module offers replies, the contact module review dates")
			.contains("name=\"replies\"")
			.contains("name=\"agreementReview\"");
	}

	@Test
	void aTherapistIsNotOfferedQuestionnaires() throws Exception {
		String page = page(therapistWithTotp(), "/account");
		assertThat(page).contains("Before an appointment").doesNotContain("name=\"measureDue\"");
	}

	@Test
	void theFormSavesTheTicksTheHoursAndTheQuietHours() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/account/notifications").with(signedIn(client))
				.param("sessionReminder", "true")
				.param("hoursBefore", "3")
				.param("quietFrom", "22:00")
				.param("quietTo", "07:30:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account#reminders"))
			.andExpect(flash().attribute("remindersSaved", true));

		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(client.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(true))
			.andExpect(jsonPath("$.sessionReminder.hoursBefore").value(3))
			.andExpect(jsonPath("$.measureDue.enabled").value(false))
			.andExpect(jsonPath("$.quietHours.from").value("22:00"))
			.andExpect(jsonPath("$.quietHours.to").value("07:30"));
		assertThat(page(client, "/account")).contains("value=\"3\"").contains("checked");
	}

	@Test
	void theFormKeepsWhatItDoesNotOfferThePersonAsItWas() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(put(therapist, RemindersApiTests.CHOICE)).andExpect(status().isOk());
		this.mvc
			.perform(post("/account/notifications").with(signedIn(therapist))
				.param("hoursBefore", "5")
				.param("quietFrom", "21:00")
				.param("quietTo", "08:00"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(therapist.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(false))
			.andExpect(jsonPath("$.agreementReview.enabled").value(false))
			.andExpect(jsonPath("$.measureDue.enabled").value(true))
			.andExpect(jsonPath("$.replies.enabled").value(true));
	}

	@Test
	void aProblemIsShownAtItsFieldWithWhatWasTyped() throws Exception {
		Signed client = client();
		MvcResult refused = this.mvc
			.perform(post("/account/notifications").with(signedIn(client))
				.param("sessionReminder", "true")
				.param("hoursBefore", "100")
				.param("quietFrom", "late")
				.param("quietTo", "08:00"))
			.andExpect(redirectedUrl("/account#reminders"))
			.andExpect(flash().attribute("remindersProblems",
					Map.of("reminders-hoursBefore", "reminders.problem.hoursBefore", "reminders-quietFrom",
							"reminders.problem.time")))
			.andReturn();
		// The redirect's flash, as the next request gets it (Spring Session keeps the
		// real
		// one, which MockMvc's own flash support does not reach).
		String page = this.mvc
			.perform(get("/account").with(signedIn(client))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"error-summary\"")
			.contains("href=\"#reminders-hoursBefore\"")
			.contains("Please choose from 1 to 72 hours.")
			.contains("Please give a time such as 21:00.")
			.contains("value=\"100\"")
			.contains("value=\"late\"")
			.contains("aria-invalid=\"true\"");
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(client.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(false));
	}

	@Test
	void theLinkInTheMailAsksFirstWithoutSigningInThenStopsThatTypeOnly() throws Exception {
		Signed client = remindedClient();
		String link = unsubscribeLink(client);
		String path = URI.create(link).getPath();

		String asking = this.mvc.perform(get(path).with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asking).contains("Stop these reminders?")
			.contains("This link stops the e-mail reminders before appointments.")
			.contains("action=\"" + path + "\"")
			.contains("Get help now");
		assertEnabled(client, "sessionReminder", true);

		String done = this.mvc.perform(post(path).with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("You will get no more e-mail reminders before appointments.");
		assertEnabled(client, "sessionReminder", false);
		assertEnabled(client, "measureDue", true);
	}

	/**
	 * RFC 8058: the mail program POSTs {@code List-Unsubscribe=One-Click} to the header's
	 * address, with no cookie and no CSRF token.
	 */
	@Test
	void aMailProgramsOneClickPostStopsTheReminders() throws Exception {
		Signed client = remindedClient();
		Signed other = remindedClient();
		String path = URI.create(unsubscribeLink(client)).getPath();

		this.mvc
			.perform(post(path).with(fresh())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());

		assertEnabled(client, "sessionReminder", false);
		assertEnabled(other, "sessionReminder", true);
	}

	@Test
	void aLinkWeDidNotHandOutIsAKind404() throws Exception {
		for (String token : java.util.List.of("A".repeat(43), "short", "a.b")) {
			String page = this.mvc.perform(get("/notifications/unsubscribe/" + token).with(fresh()))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("This link does not work");
			this.mvc.perform(post("/notifications/unsubscribe/" + token).with(fresh()))
				.andExpect(status().isNotFound());
		}
	}

	/**
	 * A linked client with appointment and questionnaire reminders on and an appointment
	 * tomorrow, and the round that sends the reminder.
	 */
	private Signed remindedClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(put(client,
					RemindersApiTests.CHOICE.replace("\"hoursBefore\": 3", "\"hoursBefore\": 48")
						.replace("\"22:30\"", "\"00:00\"")
						.replace("\"07:00\"", "\"00:00\"")))
			.andExpect(status().isOk());
		Instant tomorrow = this.clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
		this.mvc
			.perform(post("/api/v1/clients/{id}/sessions", client.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"startsAt\":\"" + tomorrow + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		this.round.run(this.clock.instant());
		return client;
	}

	private String unsubscribeLink(Signed client) {
		Map<String, Object> mail = this.jdbc
			.queryForMap("select body, list_unsubscribe from notify_outbox where recipient = ?", client.email());
		String link = (String) mail.get("list_unsubscribe");
		assertThat(link).startsWith("http://localhost:8080/notifications/unsubscribe/");
		assertThat((String) mail.get("body")).contains(link);
		return link;
	}

	private void assertEnabled(Signed person, String type, boolean enabled) throws Exception {
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(person.token())))
			.andExpect(jsonPath("$." + type + ".enabled").value(enabled));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(Signed person,
			String body) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/me/notifications")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(bearer(person.token()));
	}

}
