package org.between.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-mail is read where others can look over a shoulder, and its subject and first
 * lines show in every inbox list: nothing in them may tell that the reader is in therapy
 * or anything about their health. Every text of an e-mail (a key with {@code mail} in its
 * name) is checked whole.
 */
class MailWordingTests {

	static final Pattern REVEALING = Pattern
		.compile("(?i)\\b(therap\\w*|clients?|patients?|session\\w*|safety|crisis|suicid\\w*|self-harm|"
				+ "mental|health|diagnos\\w*|symptom\\w*|questionnaire\\w*|phq|gad|journal|check-in\\w*|"
				+ "policy|treatment|counsel\\w*)\\b");

	@Test
	void noEmailTextSaysThatTheReaderIsInTherapy() throws IOException {
		Properties messages = messages();
		List<String> mailKeys = messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.matches("(.*\\.)?mail\\..*"))
			.sorted()
			.toList();
		assertThat(mailKeys).as("e-mail texts found").hasSizeGreaterThanOrEqualTo(7);

		List<String> found = new ArrayList<>();
		for (String key : mailKeys) {
			var hit = REVEALING.matcher(messages.getProperty(key));
			while (hit.find()) {
				found.add(key + ": \"" + hit.group() + "\"");
			}
		}
		assertThat(found).isEmpty();
	}

	private static Properties messages() throws IOException {
		Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:messages.properties");
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(messages.getProperty("mail.reset.subject")).isNotBlank();
		return messages;
	}

	@Test
	void thePatternCatchesTheWordsItIsFor() {
		assertThat(REVEALING.matcher("Your therapist has cancelled one of your sessions").find()).isTrue();
		assertThat(REVEALING.matcher("A change to your therapist's practice policy".toLowerCase(Locale.ROOT)).find())
			.isTrue();
		assertThat(REVEALING.matcher("Between: a change to an appointment").find()).isFalse();
	}

}
