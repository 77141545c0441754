package org.between.accounts.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.between.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md: "404 anything that is not yours" — never reveal another user's item. */
class OwnershipTests extends WebTest {

	@Autowired
	ClientLinks links;

	private static CurrentUser as(Signed user, Role role, boolean totp) {
		return new CurrentUser(user.id(), role, user.account().displayName(), ZoneId.of("Europe/Vienna"),
				Locale.ENGLISH, totp);
	}

	@Test
	void invitationMeantForAnotherEmailIs404() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed intended = client();
		Signed other = client();
		String code = invite(therapist.token(), intended.email());
		MvcResult foreign = this.mvc
			.perform(post("/api/v1/invitations/" + code + "/accept").with(bearer(other.token())).with(fresh()))
			.andExpect(problem(404))
			.andReturn();
		MvcResult unknown = this.mvc
			.perform(post("/api/v1/invitations/ZZZZZ-ZZZZZ/accept").with(bearer(other.token())).with(fresh()))
			.andExpect(problem(404))
			.andReturn();
		// indistinguishable from a code that does not exist (apart from the path)
		assertThat((String) read(foreign, "$.detail")).isEqualTo(read(unknown, "$.detail"));
		assertThat(foreign.getResponse().getContentAsString().replace(code, "ZZZZZ-ZZZZZ"))
			.isEqualTo(unknown.getResponse().getContentAsString());
	}

	@Test
	void therapistCannotReachAnUnlinkedClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed otherTherapist = therapistWithTotp();
		Signed client = client();
		Signed stranger = client();
		this.mvc
			.perform(post("/api/v1/invitations/" + invite(therapist.token(), null) + "/accept")
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(status().isOk());
		CurrentUser mine = as(therapist, Role.THERAPIST, true);
		assertThat(this.links.requireLinkedClient(mine, client.id()).id()).isEqualTo(client.id());
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.links.requireLinkedClient(as(otherTherapist, Role.THERAPIST, true), client.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.links.requireLinkedClient(mine, stranger.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.links.requireLinkedClient(mine, java.util.UUID.randomUUID()));
		// a client asking about another client
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.links.requireLinkedClient(as(stranger, Role.CLIENT, false), client.id()));
	}

	@Test
	void therapistWithoutTotpIsRefusedBeforeAnyLookup() throws Exception {
		Account therapist = signUp("THERAPIST");
		Signed client = client();
		CurrentUser me = new CurrentUser(therapist.id(), Role.THERAPIST, therapist.displayName(),
				ZoneId.of("Europe/Vienna"), Locale.ENGLISH, false);
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.links.requireLinkedClient(me, client.id()));
	}

	@Test
	void accessLogShowsOnlyRowsAboutTheCaller() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed first = client();
		Signed second = client();
		this.mvc
			.perform(post("/api/v1/invitations/" + invite(therapist.token(), null) + "/accept")
				.with(bearer(first.token()))
				.with(fresh()))
			.andExpect(status().isOk());

		MvcResult mine = this.mvc.perform(get("/api/v1/me/access-log").with(bearer(first.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray())
			.andReturn();
		MvcResult theirs = this.mvc.perform(get("/api/v1/me/access-log").with(bearer(second.token())))
			.andExpect(status().isOk())
			.andReturn();
		List<String> myActions = read(mine, "$[*].action");
		assertThat(myActions).contains("ACCOUNT_CREATED", "TOKEN_ISSUED", "LINKED_WITH_THERAPIST");
		List<String> theirActions = read(theirs, "$[*].action");
		assertThat(theirActions).contains("ACCOUNT_CREATED").doesNotContain("LINKED_WITH_THERAPIST");

		String mineText = mine.getResponse().getContentAsString();
		String theirsText = theirs.getResponse().getContentAsString();
		assertThat(mineText).doesNotContain(second.id().toString());
		assertThat(theirsText).doesNotContain(first.id().toString(), therapist.id().toString());
		// the therapist's log holds only the therapist's own rows
		MvcResult therapistLog = this.mvc.perform(get("/api/v1/me/access-log").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(therapistLog.getResponse().getContentAsString()).doesNotContain(first.id().toString(),
				second.id().toString());
		// newest first
		List<Integer> seqs = read(mine, "$[*].seq");
		assertThat(seqs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void accessLogLimitIsValidated() throws Exception {
		Signed user = client();
		this.mvc.perform(get("/api/v1/me/access-log?limit=1").with(bearer(user.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(get("/api/v1/me/access-log?limit=501").with(bearer(user.token()))).andExpect(problem(400));
		this.mvc.perform(get("/api/v1/me/access-log?limit=0").with(bearer(user.token()))).andExpect(problem(400));
		this.mvc.perform(get("/api/v1/me/access-log?limit=abc").with(bearer(user.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

}
