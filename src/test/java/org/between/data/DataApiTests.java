package org.between.data;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md "data" and the pages of "Your data", through every filter. */
class DataApiTests extends WebTest {

	byte[] export(org.springframework.test.web.servlet.request.RequestPostProcessor who, String path) throws Exception {
		return this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static List<String> entries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	@Test
	void theExportIsAZipOfTheCallersOwnDataOnly() throws Exception {
		Signed one = client();
		Signed other = client();

		byte[] zip = export(bearer(one.token()), "/api/v1/me/export");

		assertThat(entries(zip)).containsExactly("data.json", "checkins.csv", "measures.fhir.json", "summary.pdf");
		String all = new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(all).doesNotContain(other.email(), other.id().toString());
	}

	@Test
	void theExportNeedsASignIn() throws Exception {
		this.mvc.perform(get("/api/v1/me/export")).andExpect(problem(401));
	}

	@Test
	void deletingNeedsThePasswordAndEndsEverySignInAndRestoreUndoesIt() throws Exception {
		Signed client = client();

		this.mvc
			.perform(delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("password", "not the right one at all")))
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(problem(403));
		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(status().isOk());
		this.mvc.perform(
				delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON).content("{}").with(bearer(client.token())))
			.andExpect(problem(400));

		this.mvc
			.perform(delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("password", PASSWORD)))
				.with(bearer(client.token()))
				.with(fresh()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.eraseAfter").value(this.clock.instant().plus(Duration.ofDays(7)).toString()));

		this.mvc.perform(get("/api/v1/me").with(bearer(client.token()))).andExpect(problem(401));
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(client.email(), PASSWORD, null)).with(fresh()))
			.andExpect(problem(401))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("waiting to be deleted")));

		this.mvc
			.perform(postJson("/api/v1/accounts/restore",
					toJson(Map.of("email", client.email(), "password", "not the right one at all")))
				.with(fresh()))
			.andExpect(problem(401));
		this.mvc.perform(postJson("/api/v1/accounts/restore", "{}").with(fresh())).andExpect(problem(400));
		this.mvc
			.perform(postJson("/api/v1/accounts/restore", toJson(Map.of("email", client.email(), "password", PASSWORD)))
				.with(fresh()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restored").value(true));
		this.mvc
			.perform(postJson("/api/v1/accounts/restore", toJson(Map.of("email", client.email(), "password", PASSWORD)))
				.with(fresh()))
			.andExpect(problem(404));
		String again = token(client.email());
		this.mvc.perform(get("/api/v1/me").with(bearer(again))).andExpect(status().isOk());
	}

	@Test
	void aRestoreForSomeoneElsesAccountIsRefused() throws Exception {
		Signed one = client();
		Signed other = client();
		this.mvc
			.perform(delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("password", PASSWORD)))
				.with(bearer(other.token()))
				.with(fresh()))
			.andExpect(status().isAccepted());

		// one's password does not open other's account; nothing pending for one: 404.
		this.mvc
			.perform(postJson("/api/v1/accounts/restore",
					toJson(Map.of("email", other.email(), "password", "violet tractor under 8 moons")))
				.with(fresh()))
			.andExpect(problem(401));
		this.mvc
			.perform(postJson("/api/v1/accounts/restore", toJson(Map.of("email", one.email(), "password", PASSWORD)))
				.with(fresh()))
			.andExpect(problem(404));
	}

	@Test
	void aTherapistWithALinkedClientIsRefusedWithWhatToDo() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);

		this.mvc
			.perform(delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("password", PASSWORD)))
				.with(bearer(therapist.token()))
				.with(fresh()))
			.andExpect(problem(409))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("linked clients")));
	}

	@Test
	void theAccountPageOffersTheDownloadAndTheDeletePageSaysWhatHappens() throws Exception {
		Signed client = client();

		String account = page(client, "/account");
		assertThat(account).contains("href=\"/account/export\"", "href=\"/account/delete\"");
		String deletePage = page(client, "/account/delete");
		assertThat(deletePage).contains("data-forget-plan", "7 days", "access log");
		assertThat(entries(export(signedIn(client), "/account/export"))).contains("data.json", "summary.pdf");

		String wrong = this.mvc
			.perform(post("/account/delete").param("password", "not the right one at all")
				.with(signedIn(client))
				.with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("That password is not right");

		String done = this.mvc
			.perform(post("/account/delete").param("password", PASSWORD).with(signedIn(client)).with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("data-testid=\"deleted\"");

		this.mvc.perform(get("/restore")).andExpect(status().isOk());
		this.mvc
			.perform(post("/restore").param("email", client.email())
				.param("password", PASSWORD)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(fresh()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login?restored"));
	}

}
