package org.between.insights.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.checkin.TurnedTo;
import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spread of support in a plain sentence (issue 16 item 10): ties said as ties, one
 * kind of person said plainly, no index number on the page.
 */
class SupportSentenceTests extends WebTest {

	@Test
	void tiesAreSaidAsTiesAndOneKindPlainly() {
		SupportSentence.Line tie = SupportSentence
			.of(Map.of(TurnedTo.FAMILY, 2L, TurnedTo.FRIEND, 2L, TurnedTo.PARTNER, 1L, TurnedTo.SELF, 5L));
		assertThat(tie.kind()).isEqualTo("tie");
		assertThat(tie.most()).containsExactly(TurnedTo.FRIEND, TurnedTo.FAMILY);
		assertThat(tie.kinds()).isEqualTo(3);
		assertThat(tie.total()).isEqualTo(5);
		assertThat(SupportSentence.of(Map.of(TurnedTo.THERAPIST, 3L, TurnedTo.NOBODY, 1L)).kind()).isEqualTo("one");
		SupportSentence.Line most = SupportSentence.of(Map.of(TurnedTo.THERAPIST, 3L, TurnedTo.FRIEND, 1L));
		assertThat(most.kind()).isEqualTo("most");
		assertThat(most.most()).containsExactly(TurnedTo.THERAPIST);
		assertThat(SupportSentence.of(Map.of(TurnedTo.SELF, 3L)).kind()).isEqualTo("none");
	}

	@Test
	void theInsightsPageSaysTheSpreadInWords() throws Exception {
		Signed client = client();
		for (String who : List.of("FRIEND", "FAMILY", "FRIEND", "FAMILY", "SELF")) {
			this.mvc
				.perform(postJson("/api/v1/checkins", toJson(Map.of("mood", 5, "distress", 3, "firstTurnedTo", who)))
					.with(bearer(client.token())))
				.andReturn();
		}
		assertThat(page(client, "/insights"))
			.contains("You turned first to 2 kinds of people, 4 times in all; to a friend and family equally often "
					+ "(2 times each).")
			.doesNotContain("Spread of support:");
	}

}
