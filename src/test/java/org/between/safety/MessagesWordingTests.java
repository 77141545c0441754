package org.between.safety;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safe-messaging guidelines: no text of the application speaks of suicide as a crime
 * ("commit") or of an attempt as a success or failure.
 */
class MessagesWordingTests {

	static final List<String> UNSAFE = List.of("commit suicide", "committed suicide", "successful attempt",
			"failed attempt", "successful suicide");

	@Test
	void noMessageUsesUnsafeWording() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties");
		assertThat(files).isNotEmpty();
		List<String> found = new ArrayList<>();
		for (Resource file : files) {
			Properties messages = new Properties();
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			assertThat(messages).as(file.getFilename()).isNotEmpty();
			messages.forEach((key, value) -> {
				String text = value.toString().toLowerCase(Locale.ROOT);
				UNSAFE.stream()
					.filter(text::contains)
					.forEach((phrase) -> found.add(file.getFilename() + " " + key + ": \"" + phrase + "\""));
			});
		}
		assertThat(found).isEmpty();
	}

	/** A key written twice (easy in merges) silently hides the first text. */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:messages.properties");
		List<String> keys = new ArrayList<>();
		try (var reader = new java.io.BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" ")
						&& !line.startsWith("\t") && line.contains("="))
				.forEach((line) -> keys.add(line.substring(0, line.indexOf('=')).strip()));
		}
		assertThat(keys).doesNotHaveDuplicates();
	}

}
