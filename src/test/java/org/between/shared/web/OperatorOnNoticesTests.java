package org.between.shared.web;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operator's name and contact (between.operator.*) appear on both notices. */
@TestPropertySource(properties = { "between.operator.name=Praxis am Hafen, Kaistraße 3, 24103 Kiel",
		"between.operator.contact=datenschutz@praxis-am-hafen.example" })
class OperatorOnNoticesTests extends WebTest {

	@Test
	void theNoticesNameTheOperatorAndLinkTheirAddress() throws Exception {
		for (String path : new String[] { "/privacy", "/about" }) {
			String html = HtmlUtils.htmlUnescape(this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(html).as(path)
				.contains("This copy of Between is run by Praxis am Hafen, Kaistraße 3, 24103 Kiel.",
						"href=\"mailto:datenschutz@praxis-am-hafen.example\"")
				.doesNotContain("have not filled in");
		}
	}

}
