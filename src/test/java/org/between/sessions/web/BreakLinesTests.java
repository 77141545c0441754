package org.between.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.between.sessions.BreakMark;
import org.between.sessions.web.BreakLines.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a break goes among the sessions, on plain instants: before the first session that
 * starts in it or later (oldest first), before the first that starts before it ends
 * (newest first), after the last when nothing follows; "Show more" counts sessions only.
 */
class BreakLinesTests {

	static Instant day(int d) {
		return Instant.parse("2027-03-01T00:00:00Z").plusSeconds(86_400L * (d - 1));
	}

	static BreakMark away(int first, int dayAfterLast) {
		return new BreakMark(UUID.randomUUID(), day(first), day(dayAfterLast), "away " + first);
	}

	static List<String> words(List<Entry<Instant>> entries) {
		return entries.stream()
			.map((e) -> (e.mark() != null) ? e.mark().text()
					: String.valueOf(LocalDate.ofInstant(e.item(), ZoneOffset.UTC).getDayOfMonth()))
			.toList();
	}

	@Test
	void oldestFirstABreakComesBeforeTheFirstSessionInItOrAfterIt() {
		List<Instant> sessions = List.of(day(4), day(11), day(18), day(25));
		List<Entry<Instant>> entries = BreakLines.oldestFirst(sessions, (s) -> s,
				List.of(away(15, 22), away(1, 3), away(26, 30)));
		assertThat(words(entries)).containsExactly("away 1", "4", "11", "away 15", "18", "25", "away 26");
	}

	@Test
	void newestFirstABreakComesBeforeTheFirstSessionThatStartedBeforeItEnded() {
		List<Instant> sessions = List.of(day(25), day(18), day(11), day(4));
		List<Entry<Instant>> entries = BreakLines.newestFirst(sessions, (s) -> s, List.of(away(15, 22)));
		assertThat(words(entries)).containsExactly("25", "away 15", "18", "11", "4");
	}

	@Test
	void theSplitCountsSessionsAndKeepsABreakRightAfterTheLastShownInSight() {
		List<Instant> sessions = List.of(day(4), day(11), day(18), day(25), day(30));
		List<List<Entry<Instant>>> parts = BreakLines
			.split(BreakLines.oldestFirst(sessions, (s) -> s, List.of(away(26, 28), away(2, 3))), 4);
		assertThat(words(parts.get(0))).containsExactly("away 2", "4", "11", "18", "25", "away 26");
		assertThat(words(parts.get(1))).containsExactly("30");
		assertThat(BreakLines.items(parts.get(1))).isEqualTo(1);
		assertThat(BreakLines.split(BreakLines.oldestFirst(List.of(day(4)), (s) -> s, List.of()), 4).get(1)).isEmpty();
	}

}
