package org.between.shared.web;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared form markup (layout/forms: field and summary) and the layout's slots: a
 * field names its hint and its error in aria-describedby and is aria-invalid when wrong,
 * whether the errors come from a BindingResult or from what the page passes; a module's
 * stylesheet and a page's chart scripts sit in the head; no page loads htmx.
 */
class FormFragmentsTests extends WebTest {

	@Test
	void aBoundFieldWithAnErrorNamesItsErrorAndTheSummaryLinksToIt() throws Exception {
		String html = this.mvc
			.perform(post("/signup").with(fresh())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("role", "CLIENT")
				.param("displayName", "Robin")
				.param("email", "not-an-address")
				.param("password", PASSWORD)
				.param("timeZone", "Europe/Vienna")
				.param("adult", "true"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<div class=\"error-summary\"[^>]*data-testid=\"error-summary\"")
			.contains("<a href=\"#email\">")
			.contains("<label for=\"email\">E-mail</label>")
			.containsPattern(
					"<input type=\"email\" id=\"email\"[^>]*aria-describedby=\"email-error\" aria-invalid=\"true\"")
			.contains("<p class=\"field-error\" id=\"email-error\" data-testid=\"email-error\">")
			// The field without a problem names its hint only.
			.containsPattern(
					"<input type=\"text\" id=\"displayName\"[^>]*aria-describedby=\"displayName-help\" aria-invalid=\"false\"")
			.contains("<p class=\"help\" id=\"displayName-help\">")
			.doesNotContain("id=\"displayName-error\"", PASSWORD);
	}

	@Test
	void aFieldOfAPageWithoutBindingResultTakesTheErrorThePagePasses() throws Exception {
		Signed client = client();
		String html = this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.param("mood", "3")
				.param("distress", "7")
				.param("note", "a".repeat(2001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<div class=\"error-summary\"[^>]*data-testid=\"error-summary\"")
			.contains("<a href=\"#note\">")
			.contains("<label for=\"note\">")
			.containsPattern("<textarea id=\"note\" name=\"note\"[^>]*aria-describedby=\"note-help note-error\""
					+ " aria-invalid=\"true\">a{2001}</textarea>")
			.contains("<p class=\"field-error\" id=\"note-error\" data-testid=\"note-error\">")
			.containsPattern("<input type=\"datetime-local\" id=\"when\" name=\"when\"[^>]*aria-invalid=\"false\"");
	}

	@Test
	void aPagesIdPathVariableDoesNotBecomeAFieldsId() throws Exception {
		Signed client = client();
		// /toolbox/{id}: the model holds "id"; the fields keep their own.
		String skill = page(client, "/toolbox/423b309d-f53b-4253-a2e2-ad54855b7b66");
		assertThat(skill).containsPattern("<input type=\"number\" id=\"minutes\" name=\"minutes\"")
			.containsPattern("<textarea id=\"note\" name=\"note\"")
			.contains("<label for=\"minutes\">", "<label for=\"note\">")
			.doesNotContain("id=\"423b309d-f53b-4253-a2e2-ad54855b7b66\"");
	}

	@Test
	void aModulesStylesheetAndAPagesChartScriptsSitInTheHead() throws Exception {
		Signed client = client();
		String journal = page(client, "/journal");
		assertThat(head(journal)).contains("<link rel=\"stylesheet\" href=\"/css/between.css\">",
				"<link rel=\"stylesheet\" href=\"/css/journal.css\">");
		assertThat(body(journal)).doesNotContain("stylesheet");
		String insights = page(client, "/insights");
		assertThat(head(insights)).containsPattern("<script src=\"/webjars/chart\\.js/[^\"]*chart\\.umd\\.js\" defer>")
			.contains("<script src=\"/js/chart-theme.js\" defer>", "<script src=\"/js/insights-chart.js\" defer>");
		assertThat(body(insights)).doesNotContain("<script");
		// A page without charts loads none.
		assertThat(journal).doesNotContain("chart.umd.js", "chart-theme.js");
	}

	@Test
	void noPageLoadsHtmx() throws Exception {
		Signed client = client();
		assertThat(page(client, "/")).doesNotContainIgnoringCase("htmx");
		assertThat(page(client, "/checkin")).doesNotContainIgnoringCase("htmx");
		String signUp = this.mvc.perform(get("/signup").with(fresh()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signUp).doesNotContainIgnoringCase("htmx");
	}

	private static String head(String html) {
		return html.substring(0, html.indexOf("</head>"));
	}

	private static String body(String html) {
		return html.substring(html.indexOf("</head>"));
	}

}
