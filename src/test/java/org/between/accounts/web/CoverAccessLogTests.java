package org.between.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the client reads on {@code /account} about the colleague covering their
 * therapist's absence: that they chose to share, that the cover read their safety plan
 * (with the cover's name), that they stopped, and that the absence was called off — in
 * words, never as keys.
 */
class CoverAccessLogTests extends WebTest {

	@Autowired
	ClientLinks links;

	@Autowired
	Accounts accounts;

	@Autowired
	SafetyPlans plans;

	@Test
	void theClientReadsEveryCoverRowInPlainWords() throws Exception {
		Signed therapist = therapistWithTotp();
		Account coverAccount = signUp(email(), "THERAPIST", "Dr Cover Lee");
		String coverToken = token(coverAccount.email());
		Signed cover = new Signed(coverAccount, coverToken, enrolTotp(coverToken));
		MvcResult code = this.mvc
			.perform(post("/api/v1/therapists/colleagues/invitations").with(bearer(therapist.token())))
			.andReturn();
		String colleagueCode = read(code, "$.code");
		this.mvc
			.perform(post("/api/v1/therapists/colleagues/invitations/{code}/accept", colleagueCode)
				.with(bearer(cover.token()))
				.with(fresh()))
			.andExpect(status().isOk());
		Signed client = client();
		link(therapist, client);
		CurrentUser me = this.accounts.refresh(client.id());
		this.plans.save(me, new SafetyPlanInput(List.of("I go quiet"), List.of("Walk"), List.of(), List.of(), List.of(),
				List.of(), List.of(), false, null));

		UUID absence = UUID.randomUUID();
		Instant start = this.clock.instant().plus(Duration.ofDays(2));
		this.links.grantCover(me, cover.id(), absence, start, start.plus(Duration.ofDays(10)));
		this.clock.set(start.plus(Duration.ofHours(3)));
		this.plans.forCover(this.links.requireCoveredClient(this.accounts.refresh(cover.id()), client.id()));
		this.links.revokeCover(me, absence);
		this.links.grantCover(me, cover.id(), absence, start, start.plus(Duration.ofDays(10)));
		this.links.revokeCoverForAbsence(absence);

		String html = page(client, "/account");
		String log = html.substring(html.indexOf("id=\"access\""));
		assertThat(log)
			.contains("Dr Cover Lee", "You chose to share with the colleague covering while your therapist is away",
					"Read your safety plan while covering for your therapist", cover.account().displayName(),
					"You stopped sharing with the colleague covering while your therapist is away",
					"Sharing with the covering colleague ended, because your therapist called off the absence")
			.doesNotContain("COVER_", "??");

		String api = this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("\"action\":\"COVER_READ_SAFETY_PLAN\"",
				"\"actorName\":\"" + cover.account().displayName() + "\"");
	}

}
