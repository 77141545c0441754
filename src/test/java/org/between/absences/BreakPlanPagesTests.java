package org.between.absences;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * The break plan's pages without JavaScript: the client's {@code /absences/{id}/plan}
 * (the days, the cover, the ranking of their skills, fixed people rows, the two choices
 * in words; errors on the form with nothing lost), the therapist's
 * {@code /absences/{id}/plans} (a note per client, the plan where shared), the cover's
 * {@code /cover} and one client's page, the home cards; 404 for anyone else.
 */
class BreakPlanPagesTests extends WebTest {

	private static LocalDate inDays(int days) {
		return LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(days);
	}

	private record Setting(Signed therapist, Signed cover, Signed client, String absenceId) {
	}

	private Setting setting() throws Exception {
		Signed therapist = therapistWithTotp();
		Account coverAccount = signUp(email(), "THERAPIST", "Dr Lee");
		String coverToken = token(coverAccount.email());
		Signed cover = new Signed(coverAccount, coverToken, enrolTotp(coverToken));
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", cover.email())))
				.with(bearer(therapist.token())))
			.andExpect(status().is2xxSuccessful());
		Signed client = client();
		link(therapist, client);
		MvcResult created = this.mvc
			.perform(postJson("/api/v1/absences",
					toJson(Map.of("startDate", inDays(20).toString(), "endDate", inDays(33).toString(),
							"coveringTherapistId", cover.id().toString(), "coverageNote", "Call 01 234 56")))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return new Setting(therapist, cover, client, read(created, "$.id"));
	}

	private String skill(Signed client) throws Exception {
		return read(this.mvc.perform(get("/api/v1/skills").with(bearer(client.token()))).andReturn(), "$[0].id");
	}

	@Test
	void theClientsPageSaysTheChoicesInPlainWordsAndSavesWithoutJavaScript() throws Exception {
		Setting s = setting();
		String path = "/absences/" + s.absenceId() + "/plan";
		String html = page(s.client(), path);
		assertThat(html)
			.contains("Dr Lee is covering", "Call 01 234 56", "Not tried yet.", "name=\"skills\"",
					"id=\"people[0].name\"", "id=\"people[2].phone\"", "id=\"note\"", "id=\"shareWithTherapist\"",
					"Let Dr Lee read this plan and my safety plan from", "href=\"/safety\"", "href=\"/crisis\"")
			.doesNotContain("id=\"people[3].name\"", "??");

		String skill = skill(s.client());
		this.mvc
			.perform(post(path).param("skills", skill)
				.param("people[0].name", "Sam")
				.param("people[0].phone", "+43 1 234")
				.param("people[1].name", "")
				.param("people[1].phone", "")
				.param("note", "Sundays I look back at the week.")
				.param("shareWithCover", "true")
				.with(signedIn(s.client())))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attributeExists("saved"));
		String saved = page(s.client(), path);
		assertThat(saved)
			.contains("data-testid=\"hard-day\"", "href=\"tel:+431234\"", "Sundays I look back",
					"id=\"people[2].name\"")
			.containsPattern("value=\"" + skill + "\"[^>]*checked")
			.containsPattern("id=\"shareWithCover\"[^>]*checked");
	}

	@Test
	void errorsShowOnTheFormAndNothingTypedIsLost() throws Exception {
		Setting s = setting();
		String html = this.mvc
			.perform(post("/absences/" + s.absenceId() + "/plan").param("skills", "not-a-skill")
				.param("people[0].name", "")
				.param("people[0].phone", "0301234")
				.param("people[1].name", "Al")
				.param("people[1].phone", "ring me")
				.param("note", "my words")
				.with(signedIn(s.client())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"error-summary\"", "href=\"#skills\"", "href=\"#people[0].name\"",
				"href=\"#people[1].phone\"", "This skill is not in your toolbox.", "Please add a name for this number.",
				"value=\"ring me\"", "my words");
	}

	@Test
	void theTherapistWritesANotePerClientAndReadsOnlySharedPlans() throws Exception {
		Setting s = setting();
		String path = "/absences/" + s.absenceId() + "/plans";
		assertThat(page(s.therapist(), "/absences")).contains("href=\"" + path + "\"");
		assertThat(page(s.therapist(), path)).contains(s.client().account().displayName(),
				"has not shared a plan with you");
		this.mvc
			.perform(post(path + "/" + s.client().id() + "/note").param("note", "You know your steps.")
				.with(signedIn(s.therapist())))
			.andExpect(redirectedUrl(path + "#client-" + s.client().id()));
		assertThat(page(s.client(), "/absences/" + s.absenceId() + "/plan")).contains("data-testid=\"therapist-note\"",
				"You know your steps.");
		this.mvc
			.perform(post(path + "/" + s.client().id() + "/note").param("note", "x".repeat(2001))
				.with(signedIn(s.therapist())))
			.andExpect(flash().attributeExists("noteProblem"));

		this.mvc
			.perform(post("/absences/" + s.absenceId() + "/plan").param("note", "Only for you to see.")
				.param("shareWithTherapist", "true")
				.with(signedIn(s.client())))
			.andExpect(status().is3xxRedirection());
		assertThat(page(s.therapist(), path)).contains("Only for you to see.", "shares this plan with you");
		assertThat(page(s.client(), "/absences/" + s.absenceId() + "/plan")).contains("You know your steps.");
	}

	@Test
	void anotherPersonGets404AndATherapistIsSentToTheirOwnPage() throws Exception {
		Setting s = setting();
		Signed otherClient = client();
		Signed otherTherapist = therapistWithTotp();
		link(otherTherapist, otherClient);
		this.mvc.perform(get("/absences/{id}/plan", s.absenceId()).with(signedIn(otherClient)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/absences/{id}/plans", s.absenceId()).with(signedIn(otherTherapist)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/absences/{id}/plan", s.absenceId()).with(signedIn(s.therapist())))
			.andExpect(redirectedUrl("/absences/" + s.absenceId() + "/plans"));
		this.mvc.perform(get("/cover/{a}/clients/{c}", s.absenceId(), s.client().id()).with(signedIn(otherTherapist)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cover").with(signedIn(s.client()))).andExpect(status().isForbidden());
	}

	@Test
	void theCoverSeesTheAbsenceOnHomeAndTheClientsOnlyDuringIt() throws Exception {
		Setting s = setting();
		this.mvc
			.perform(post("/absences/" + s.absenceId() + "/plan").param("note", "Sundays I look back.")
				.param("shareWithCover", "true")
				.with(signedIn(s.client())))
			.andExpect(status().is3xxRedirection());
		assertThat(page(s.cover(), "/")).contains("data-testid=\"cover-card\"", "href=\"/cover\"");
		assertThat(page(s.cover(), "/cover")).contains("data-testid=\"cover-later\"", "Call 01 234 56")
			.doesNotContain(s.client().account().displayName());
		String one = "/cover/" + s.absenceId() + "/clients/" + s.client().id();
		this.mvc.perform(get(one).with(signedIn(s.cover()))).andExpect(status().isNotFound());

		this.clock.set(inDays(21).atTime(9, 0).atZone(ZoneId.of("Europe/Vienna")).toInstant());
		assertThat(page(s.cover(), "/cover")).contains("href=\"" + one + "\"", s.client().account().displayName());
		assertThat(page(s.cover(), one)).contains("Sundays I look back.", "has not written a safety plan",
				"sees in their access log");
		String log = page(s.client(), "/account");
		assertThat(log.substring(log.indexOf("id=\"access\""))).contains(
				"Read your break plan while covering for your therapist", "Dr Lee",
				"You chose to share with the colleague covering while your therapist is away");
	}

}
