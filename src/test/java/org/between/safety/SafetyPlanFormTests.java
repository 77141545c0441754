package org.between.safety;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan form as a person fills it in (issue 16, 13): problems named after the person,
 * numbers with extensions, no new version for an unchanged plan, "Earlier versions"
 * without the current one.
 */
class SafetyPlanFormTests extends WebTest {

	@Test
	void eachProblemIsNamedAfterItsPersonAndNoneIsSaidForTheWholeGroup() throws Exception {
		Signed client = client();
		String page = this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("peopleToAsk[0].name", "Jo")
				.param("peopleToAsk[0].phone", "call after six")
				.param("peopleToAsk[1].name", "Sam")
				.param("peopleToAsk[1].phone", "0660 123 456")
				.param("peopleToAsk[2].name", "")
				.param("peopleToAsk[2].phone", "0170 555")
				.param("professionals[0].name", "Dr Lee")
				.param("professionals[0].phone", "020 7946 0018 ext 24"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Jo&#39;s phone number: Please use only digits")
			.contains("The name for 0170 555: Please add a name for this number.")
			.contains("href=\"#peopleToAsk[0].phone\"")
			.contains("href=\"#peopleToAsk[2].name\"")
			// Sam's row and the professional with an extension are fine: nothing said of
			// them
			.doesNotContain("href=\"#peopleToAsk[1].phone\"")
			.doesNotContain("href=\"#professionals[0].phone\"")
			.doesNotContain("href=\"#peopleToAsk\"");
		assertThat(errorCount(page)).isEqualTo(2);
	}

	@Test
	void aNumberWithAnExtensionIsKeptAndDialledWithAPause() throws Exception {
		Signed client = client();
		save(client, "020 7946 0018 ext 24");
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.professionals[0].phone").value("020 7946 0018 ext 24"));
		assertThat(page(client, "/safety")).contains("href=\"tel:02079460018,24\"");
		assertThat(new Contact("Office", "+44 20 7946 0018, 24").phoneHref()).isEqualTo("tel:+442079460018,24");
		assertThat(new Contact("Office", "020 7946 0018 x24").phoneHref()).isEqualTo("tel:02079460018,24");
		assertThat(new Contact("Office", "020 7946 0018").phoneHref()).isEqualTo("tel:02079460018");
	}

	@Test
	void savingThePlanUnchangedMakesNoNewVersion() throws Exception {
		Signed client = client();
		save(client, "0660 123");
		save(client, "0660 123");
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(1));
		save(client, "0660 124");
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void earlierVersionsDoNotListTheCurrentOne() throws Exception {
		Signed client = client();
		save(client, "0660 123");
		assertThat(page(client, "/safety/versions")).doesNotContain("/safety/versions/1");
		save(client, "0660 124");
		String versions = page(client, "/safety/versions");
		assertThat(versions).contains("/safety/versions/1").doesNotContain("/safety/versions/2");
	}

	private void save(Signed client, String officePhone) throws Exception {
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("warningSigns", "I stop answering")
				.param("professionals[0].name", "Dr Lee")
				.param("professionals[0].phone", officePhone))
			.andExpect(redirectedUrl("/safety"));
	}

	private static int errorCount(String page) {
		return page.split("class=\"field-error\"", -1).length - 1;
	}

}
