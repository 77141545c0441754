package org.between.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No e-mail of any module pushes, blames or hurries (UI.md "Voice", PRODUCT.md: no
 * streaks, no guilt, no nagging): every text of an e-mail (a key with {@code mail} in its
 * name, as {@link MailWordingTests} finds them) is checked for guilt and urgency words.
 */
class MailToneTests {

	static final Pattern PUSHING = Pattern.compile("(?i)(don'?t forget|do not forget|remember to|you missed|"
			+ "you haven'?t|you have not (been|done|checked|written|answered|visited)|we miss you|miss(ed)? you|"
			+ "been a while|it'?s been|last chance|final (reminder|notice)|streaks?|in a row|hurry|urgent\\w*|"
			+ "right away|immediately|asap|as soon as possible|act now|don'?t miss|do not miss|before it'?s too late|"
			+ "overdue|late again|keep (it|this) up|come back|you should|you must|!)");

	@Test
	void noEmailTextPushesBlamesOrHurries() throws IOException {
		Properties messages = messages();
		List<String> mailKeys = messages.stringPropertyNames()
			.stream()
			.filter((key) -> key.matches("(.*\\.)?mail\\..*"))
			.sorted()
			.toList();
		assertThat(mailKeys).as("e-mail texts found, the reminders' among them")
			.hasSizeGreaterThanOrEqualTo(20)
			.contains("reminders.mail.sessionReminder.line.tomorrow", "sessions.mail.cancelled.byClient",
					"mail.reset.body");

		List<String> found = new ArrayList<>();
		for (String key : mailKeys) {
			var hit = PUSHING.matcher(messages.getProperty(key));
			while (hit.find()) {
				found.add(key + ": \"" + hit.group() + "\"");
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void thePatternCatchesTheWordsItIsFor() {
		for (String pushing : List.of("Don't forget your appointment", "You missed yesterday", "We miss you",
				"Last chance to answer", "Keep your streak", "Hurry", "Urgent: please sign in", "3 days in a row",
				"It's been a while since you checked in", "Please answer right away", "You have not checked in",
				"Come back to Between", "Your form is overdue", "Well done!")) {
			assertThat(PUSHING.matcher(pushing).find()).as(pushing).isTrue();
		}
		for (String calm : List.of("You have an appointment tomorrow at 10:00.", "There is a reply waiting for you",
				"Fill it in when it suits you.", "one of your appointments was cancelled",
				"open this link within one hour to choose a new one")) {
			assertThat(PUSHING.matcher(calm).find()).as(calm).isFalse();
		}
	}

	private static Properties messages() throws IOException {
		Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:messages.properties");
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}

}
