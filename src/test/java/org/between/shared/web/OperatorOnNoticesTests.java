package org.between.shared.web;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's name and contact (between.operator.*) appear on both notices. The
 * settings are bound from those properties as the application binds them and handed to
 * the shared context's notices for this test only (a {@code @TestPropertySource} would
 * start a Spring context of its own), then put back.
 */
class OperatorOnNoticesTests extends WebTest {

	@Autowired
	PublicNotices notices;

	private Object before;

	@BeforeEach
	void anOperatorFilledIn() {
		OperatorSettings operator = new Binder(new MapConfigurationPropertySource(
				Map.of("between.operator.name", "Praxis am Hafen, Kaistraße 3, 24103 Kiel", "between.operator.contact",
						"datenschutz@praxis-am-hafen.example")))
			.bind("between.operator", OperatorSettings.class)
			.get();
		this.before = ReflectionTestUtils.getField(this.notices, "operator");
		ReflectionTestUtils.setField(this.notices, "operator", operator);
	}

	@AfterEach
	void asConfigured() {
		ReflectionTestUtils.setField(this.notices, "operator", this.before);
	}

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
