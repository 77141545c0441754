package org.between.absences;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /absences} for the therapist (announce, list, withdraw with a confirmation) and
 * the client's home card: the days in words, the cover, the note, the links to the break
 * plan, the safety plan and the crisis lines.
 */
class AbsencesPagesTests extends WebTest {

	private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private static LocalDate inDays(int days) {
		return LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(days);
	}

	private String announce(Signed therapist, Map<String, Object> fields) throws Exception {
		String body = toJson(fields);
		MvcResult result = this.mvc.perform(postJson("/api/v1/absences", body).with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private void nameColleague(Signed therapist, Signed colleague) throws Exception {
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", colleague.email())))
				.with(bearer(therapist.token())))
			.andExpect(status().is2xxSuccessful());
	}

	@Test
	void withoutColleaguesThePageLinksToThemAndAnnouncingRedirectsWithTheCount() throws Exception {
		Signed therapist = therapistWithTotp();
		String html = page(therapist, "/absences");
		assertThat(html).contains("data-testid=\"no-colleagues\"", "href=\"/colleagues\"", "id=\"startDate\"",
				"id=\"messageToClients\"", "id=\"emergency\"", "No time away is announced.");
		this.mvc
			.perform(post("/absences").param("startDate", inDays(20).toString())
				.param("endDate", inDays(24).toString())
				.param("coveringTherapistId", "")
				.param("coverageNote", "Call the practice line")
				.param("messageToClients", "I'm here.")
				.with(signedIn(therapist)))
			.andExpect(redirectedUrl("/absences"))
			.andExpect(flash().attributeExists("announced"));
		assertThat(page(therapist, "/absences")).contains("data-testid=\"absence-item\"", "No one covers.",
				"Withdraw this time away");
		assertThat(page(therapist, "/")).contains("href=\"/absences\"");
		assertThat(page(therapist, "/frame")).contains("href=\"/absences\"");
	}

	@Test
	void tooLittleNoticeAndBadDaysShowOnTheForm() throws Exception {
		Signed therapist = therapistWithTotp();
		String notice = this.mvc
			.perform(post("/absences").param("startDate", inDays(3).toString())
				.param("endDate", inDays(4).toString())
				.with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notice).contains("data-testid=\"error-summary\"",
				"the earliest first day is " + inDays(14).format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
		String bad = this.mvc
			.perform(post("/absences").param("startDate", "soon").param("endDate", "").with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("data-testid=\"startDate-error\"", "Please enter a day");
	}

	@Test
	void withdrawingAsksFirstAndAnotherTherapistGetsNotFound() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed other = therapistWithTotp();
		String id = announce(therapist, Map.of("startDate", inDays(20).toString(), "endDate", inDays(21).toString()));
		assertThat(page(therapist, "/absences/" + id + "/withdraw")).contains("Withdraw this time away?",
				"It cancelled no sessions.", "Keep it");
		this.mvc.perform(get("/absences/{id}/withdraw", id).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/absences/{id}/withdraw", id).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/absences/{id}/withdraw", id).with(signedIn(therapist)))
			.andExpect(redirectedUrl("/absences"))
			.andExpect(flash().attributeExists("withdrawal"));
		this.mvc.perform(post("/absences/{id}/withdraw", id).with(signedIn(therapist)))
			.andExpect(redirectedUrl("/absences"))
			.andExpect(flash().attribute("refused", "absences.withdraw.already"));
	}

	@Test
	void theClientsHomeShowsTheBreakWithTheCoverTheNoteAndWhereToTurn() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed colleague = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		nameColleague(therapist, colleague);
		String id = announce(therapist,
				Map.of("startDate", inDays(20).toString(), "endDate", inDays(33).toString(), "coveringTherapistId",
						colleague.id().toString(), "coverageNote", "Ring 01 234 56 on weekdays", "messageToClients",
						"I'm here, and I'll see you when I'm back."));
		String home = page(client, "/");
		assertThat(home).contains("data-testid=\"absence-card\"", "Your therapist will be away",
				"From " + inDays(20).format(WORDS) + " to " + inDays(33).format(WORDS) + ".",
				colleague.account().displayName() + " is covering for your therapist.", "Ring 01 234 56 on weekdays",
				"I&#39;m here, and I&#39;ll see you when I&#39;m back.", "href=\"/absences/" + id + "/plan\"",
				"href=\"/safety\"", "href=\"/crisis\"", "TelefonSeelsorge");
		assertThat(home).doesNotContain("These are the days as your therapist counts them");
		this.mvc.perform(get("/absences").with(signedIn(client))).andExpect(redirectedUrl("/"));
	}

	@Test
	void withoutACoverTheCardSaysWhatToDoAndAWithdrawalLeavesOneCalmLine() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = announce(therapist, Map.of("startDate", inDays(20).toString(), "endDate", inDays(21).toString()));
		assertThat(page(client, "/")).contains("data-testid=\"absence-no-cover\"", "Turn to your safety plan");
		this.mvc.perform(post("/absences/{id}/withdraw", id).with(signedIn(therapist)))
			.andExpect(redirectedUrl("/absences"));
		String home = page(client, "/");
		assertThat(home)
			.contains("data-testid=\"absence-withdrawn\"", "will not be away from " + inDays(20).format(WORDS))
			.doesNotContain("data-testid=\"absence-no-cover\"");
	}

}
