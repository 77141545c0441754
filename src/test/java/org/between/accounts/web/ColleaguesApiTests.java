package org.between.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Colleagues (API.md "accounts"): the one-sided naming by e-mail, the colleague
 * invitation that names both ways, and taking a colleague off the list.
 */
class ColleaguesApiTests extends WebTest {

	String inviteColleague(Signed therapist) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/therapists/colleagues/invitations").with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").isString())
			.andReturn();
		assertThat(Instant.parse(read(created, "$.expiresAt"))).isCloseTo(this.clock.instant().plus(Duration.ofDays(7)),
				within(Duration.ofSeconds(5)));
		return read(created, "$.code");
	}

	org.springframework.test.web.servlet.ResultActions accept(Signed therapist, String code) throws Exception {
		return this.mvc.perform(
				post("/api/v1/therapists/colleagues/invitations/{code}/accept", code).with(bearer(therapist.token()))
					.with(fresh()));
	}

	org.springframework.test.web.servlet.ResultActions colleaguesOf(Signed therapist) throws Exception {
		return this.mvc.perform(get("/api/v1/therapists/colleagues").with(bearer(therapist.token())))
			.andExpect(status().isOk());
	}

	@Test
	void anotherTherapistAcceptsTheCodeAndEachNamesTheOther() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		String code = inviteColleague(ana);

		accept(ben, code).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ana.id().toString()))
			.andExpect(jsonPath("$.displayName").value(ana.account().displayName()))
			.andExpect(jsonPath("$.email").value(ana.email()))
			.andExpect(jsonPath("$.since").isString());

		colleaguesOf(ana).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(ben.id().toString()));
		colleaguesOf(ben).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(ana.id().toString()));
		assertThat(this.jdbc.queryForList(
				"select subject_id from audit_log where action = 'COLLEAGUES_JOINED' " + "and actor_id = ?",
				java.util.UUID.class, ben.id()))
			.containsExactlyInAnyOrder(ana.id(), ben.id());

		// single use, also for a third therapist
		accept(ben, code).andExpect(problem(404));
		accept(therapistWithTotp(), code).andExpect(problem(404));
	}

	@Test
	void aCodeIsReadLenientlyAndAnEarlierOneSidedNamingStays() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", ben.email())))
				.with(bearer(ana.token())))
			.andExpect(status().isCreated());
		String code = inviteColleague(ben);
		accept(ana, code.toLowerCase().replace("-", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ben.id().toString()));
		colleaguesOf(ana).andExpect(jsonPath("$.length()").value(1));
		colleaguesOf(ben).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void anExpiredOwnOrClientsCodeIsNotFound() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		accept(ana, inviteColleague(ana)).andExpect(problem(404));
		accept(ben, "ABCDE-FGHJK").andExpect(problem(404));
		accept(ben, invite(ana.token(), null)).andExpect(problem(404)); // a client
																		// invitation

		String expiring = inviteColleague(ana);
		this.clock.advance(Duration.ofDays(7).plusSeconds(1));
		accept(ben, expiring).andExpect(problem(404));
		colleaguesOf(ben).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aColleagueCodeDoesNotLinkAClient() throws Exception {
		Signed ana = therapistWithTotp();
		Signed client = client();
		String code = inviteColleague(ana);
		this.mvc.perform(post("/api/v1/invitations/{code}/accept", code).with(bearer(client.token())).with(fresh()))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(jsonPath("$.therapist").isEmpty());
		// the code still works for a therapist
		accept(therapistWithTotp(), code).andExpect(status().isOk());
	}

	@Test
	void clientsAreRefusedAndTherapistsNeedTheirSecondFactor() throws Exception {
		Signed ana = therapistWithTotp();
		Signed client = client();
		String code = inviteColleague(ana);
		this.mvc.perform(post("/api/v1/therapists/colleagues/invitations").with(bearer(client.token())))
			.andExpect(problem(403));
		accept(client, code).andExpect(problem(403));
		this.mvc.perform(delete("/api/v1/therapists/colleagues/{id}", ana.id()).with(bearer(client.token())))
			.andExpect(problem(403));

		Account plain = signUp("THERAPIST");
		Signed unenrolled = new Signed(plain, token(plain.email()), null);
		this.mvc.perform(post("/api/v1/therapists/colleagues/invitations").with(bearer(unenrolled.token())))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("two-factor sign-in required"));
		accept(unenrolled, code).andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("two-factor sign-in required"));
		colleaguesOf(ana).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void removingTakesOnlyTheOwnNamingAndAnotherTherapistsColleagueIsNotFound() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		Signed stranger = therapistWithTotp();
		accept(ben, inviteColleague(ana)).andExpect(status().isOk());

		this.mvc.perform(delete("/api/v1/therapists/colleagues/{id}", ana.id()).with(bearer(stranger.token())))
			.andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/therapists/colleagues/{id}", ben.id()).with(bearer(ana.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/therapists/colleagues/{id}", ben.id()).with(bearer(ana.token())))
			.andExpect(problem(404));

		colleaguesOf(ana).andExpect(jsonPath("$.length()").value(0));
		colleaguesOf(ben).andExpect(jsonPath("$.length()").value(1));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'COLLEAGUE_REMOVED' and subject_id = ?", Integer.class,
				ana.id()))
			.isOne();
	}

	@Test
	void namingByEmailWorksAsBefore() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", ben.email().toUpperCase())))
				.with(bearer(ana.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(ben.id().toString()));
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", ben.email())))
				.with(bearer(ana.token())))
			.andExpect(problem(409));
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", email())))
				.with(bearer(ana.token())))
			.andExpect(problem(404));
		colleaguesOf(ben).andExpect(jsonPath("$.length()").value(0));
	}

}
