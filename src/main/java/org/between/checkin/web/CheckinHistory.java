package org.between.checkin.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

import tools.jackson.databind.json.JsonMapper;

import org.between.checkin.CheckinView;
import org.between.checkin.Urge;
import org.springframework.context.MessageSource;

/**
 * What the history page shows: the check-ins of the chosen period (newest first, for the
 * table) and three charts — mood, distress and the strongest urge — each with a short
 * summary in words beside it. The summaries compare the last 7 days with the 7 before and
 * never judge the numbers.
 */
record CheckinHistory(List<CheckinView> rows, List<Chart> charts) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WEEK = Duration.ofDays(7);

	/**
	 * @param newestFirst the client's check-ins of at least the last 14 days and of the
	 * period
	 */
	static CheckinHistory of(List<CheckinView> newestFirst, int periodDays, Instant now, ZoneId zone, Locale locale,
			MessageSource messages) {
		Instant periodStart = now.minus(Duration.ofDays(periodDays));
		List<CheckinView> rows = newestFirst.stream().filter((c) -> !c.at().isBefore(periodStart)).toList();
		List<CheckinView> oldestFirst = new ArrayList<>(rows);
		Collections.reverse(oldestFirst);
		Text text = new Text(messages, locale);
		DateTimeFormatter labels = DateTimeFormatter.ofPattern("d MMM, HH:mm", locale).withZone(zone);
		List<String> points = oldestFirst.stream().map((c) -> labels.format(c.at())).toList();
		List<Chart> charts = List.of(
				chart("mood", 10, CheckinView::mood, newestFirst, oldestFirst, points, periodDays, now, text),
				chart("distress", 10, CheckinView::distress, newestFirst, oldestFirst, points, periodDays, now, text),
				chart("urge", Urge.MAX, CheckinView::highestUrge, newestFirst, oldestFirst, points, periodDays, now,
						text));
		return new CheckinHistory(rows, charts);
	}

	private static Chart chart(String metric, int max, ToIntFunction<CheckinView> value, List<CheckinView> all,
			List<CheckinView> period, List<String> labels, int periodDays, Instant now, Text text) {
		String title = text.get("checkin.chart." + metric + ".title");
		ChartData data = new ChartData(title, text.get("checkin.chart.x"), text.get("checkin.chart." + metric + ".y"),
				max, labels, period.stream().map(value::applyAsInt).toList());
		List<String> summary = new ArrayList<>();
		summary.add(weeks(metric, value, all, now, text));
		if (!period.isEmpty()) {
			int low = period.stream().mapToInt(value).min().orElse(0);
			int high = period.stream().mapToInt(value).max().orElse(0);
			summary.add((period.size() == 1) ? text.get("checkin.summary.range.one", periodDays)
					: text.get("checkin.summary.range", periodDays, period.size(), low, high));
		}
		return new Chart(metric, title, JSON.writeValueAsString(data), summary,
				text.get("checkin.chart." + metric + ".alt"));
	}

	/** "Your distress averaged 4.2 over the last 7 days and 5.1 in the 7 days before." */
	private static String weeks(String metric, ToIntFunction<CheckinView> value, List<CheckinView> all, Instant now,
			Text text) {
		Instant weekAgo = now.minus(WEEK);
		Instant twoWeeksAgo = weekAgo.minus(WEEK);
		OptionalDouble last = all.stream().filter((c) -> !c.at().isBefore(weekAgo)).mapToInt(value).average();
		OptionalDouble before = all.stream()
			.filter((c) -> !c.at().isBefore(twoWeeksAgo) && c.at().isBefore(weekAgo))
			.mapToInt(value)
			.average();
		String prefix = "checkin.summary." + metric;
		if (last.isPresent() && before.isPresent()) {
			return text.get(prefix + ".both", last.getAsDouble(), before.getAsDouble());
		}
		if (last.isPresent()) {
			return text.get(prefix + ".lastOnly", last.getAsDouble());
		}
		if (before.isPresent()) {
			return text.get(prefix + ".beforeOnly", before.getAsDouble());
		}
		return text.get("checkin.summary.none");
	}

	/** One chart: its numbers as JSON for the canvas, its summary, its description. */
	record Chart(String id, String title, String json, List<String> summary, String alt) {
	}

	/** Drawn by {@code static/js/checkin-charts.js}; oldest first. */
	record ChartData(String title, String xLabel, String yLabel, int max, List<String> labels, List<Integer> values) {
	}

	private record Text(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

	}

}
