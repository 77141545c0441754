package org.between.checkin.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import tools.jackson.databind.json.JsonMapper;

import org.between.checkin.CheckinView;
import org.between.checkin.Urge;
import org.springframework.context.MessageSource;

/**
 * What the history page shows: the check-ins of the chosen period (newest first, for the
 * table) and four charts — mood, distress, one line for each urge that is a risk or a
 * habit to watch (self-harm, suicidal thoughts, binge or purge, substances), and the urge
 * to contact the therapist on its own, never merged with those — each with a short
 * summary in words beside it. The x axis is time (epoch milliseconds, drawn on a linear
 * axis with formatted ticks, so that three check-ins in one minute take one minute's
 * width) and starts at the first check-in of the period. The summaries compare the chosen
 * period with the one before it ({@link PeriodSummary}) and never judge the numbers.
 */
record CheckinHistory(List<CheckinView> rows, List<Chart> charts) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The urges drawn together, one line each. */
	static final List<Urge> WATCHED = List.of(Urge.SELF_HARM, Urge.SUICIDAL_THOUGHTS, Urge.BINGE_PURGE,
			Urge.SUBSTANCES);

	/**
	 * @param newestFirst the client's check-ins of at least the period and the one before
	 */
	static CheckinHistory of(List<CheckinView> newestFirst, int periodDays, Instant now, ZoneId zone, Locale locale,
			MessageSource messages) {
		Instant periodStart = now.minus(Duration.ofDays(periodDays));
		List<CheckinView> rows = newestFirst.stream().filter((c) -> !c.at().isBefore(periodStart)).toList();
		List<CheckinView> oldestFirst = new ArrayList<>(rows);
		Collections.reverse(oldestFirst);
		Text text = new Text(messages, locale);
		List<Long> xs = oldestFirst.stream().map((c) -> c.at().toEpochMilli()).toList();
		Axis axis = new Axis(text.get("checkin.chart.x"), xs, zone.getId(), locale.toLanguageTag());
		List<Chart> charts = new ArrayList<>();
		charts.add(single("mood", 10, CheckinView::mood, newestFirst, oldestFirst, axis, periodDays, now, text));
		charts
			.add(single("distress", 10, CheckinView::distress, newestFirst, oldestFirst, axis, periodDays, now, text));
		charts.add(urges(newestFirst, oldestFirst, axis, periodDays, now, text));
		charts.add(single("contact", Urge.MAX, (c) -> c.urges().get(Urge.CONTACT_THERAPIST), newestFirst, oldestFirst,
				axis, periodDays, now, text));
		return new CheckinHistory(rows, List.copyOf(charts));
	}

	private static Chart single(String metric, int max, ToIntFunction<CheckinView> value, List<CheckinView> all,
			List<CheckinView> period, Axis axis, int periodDays, Instant now, Text text) {
		String title = text.get("checkin.chart." + metric + ".title");
		ChartData data = new ChartData(title, axis, text.get("checkin.chart." + metric + ".y"), max,
				List.of(new Series(title, period.stream().map(value::applyAsInt).toList())));
		List<String> summary = new ArrayList<>();
		summary.add(compared("checkin.summary." + metric, value, all, periodDays, now, text));
		range(value, period, periodDays, text).ifPresent(summary::add);
		return new Chart(metric, title, JSON.writeValueAsString(data), summary,
				text.get("checkin.chart." + metric + ".alt"));
	}

	private static Chart urges(List<CheckinView> all, List<CheckinView> period, Axis axis, int periodDays, Instant now,
			Text text) {
		String title = text.get("checkin.chart.urges.title");
		List<Series> series = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		for (Urge urge : WATCHED) {
			String name = text.get("checkin.urge." + urge.name());
			ToIntFunction<CheckinView> value = (c) -> c.urges().get(urge);
			series.add(new Series(name, period.stream().map(value::applyAsInt).toList()));
			PeriodSummary.Comparison c = PeriodSummary.compare(all, value, periodDays, now);
			if (c.current().isPresent() && period.stream().anyMatch((v) -> value.applyAsInt(v) > 0)) {
				summary.add(text.get("checkin.summary.urgeLine", name, c.current().getAsDouble(), periodDays,
						period.stream().mapToInt(value).max().orElse(0)));
			}
		}
		if (summary.isEmpty()) {
			summary.add(period.isEmpty() ? text.get("checkin.summary.none", periodDays)
					: text.get("checkin.summary.urgesAllZero", periodDays));
		}
		ChartData data = new ChartData(title, axis, text.get("checkin.chart.urges.y"), Urge.MAX, series);
		return new Chart("urges", title, JSON.writeValueAsString(data), summary, text.get("checkin.chart.urges.alt"));
	}

	/** "Your distress averaged 4.2 in the last 30 days and 5.1 in the 30 days before." */
	private static String compared(String prefix, ToIntFunction<CheckinView> value, List<CheckinView> all,
			int periodDays, Instant now, Text text) {
		PeriodSummary.Comparison c = PeriodSummary.compare(all, value, periodDays, now);
		return switch (c.kind()) {
			case "both" ->
				text.get(prefix + ".both", c.current().getAsDouble(), c.previous().getAsDouble(), periodDays);
			case "same" -> text.get(prefix + ".same", c.current().getAsDouble(), periodDays);
			case "currentOnly" -> text.get(prefix + ".currentOnly", c.current().getAsDouble(), periodDays);
			case "previousOnly" -> text.get(prefix + ".previousOnly", c.previous().getAsDouble(), periodDays);
			default -> text.get("checkin.summary.none", periodDays);
		};
	}

	private static java.util.Optional<String> range(ToIntFunction<CheckinView> value, List<CheckinView> period,
			int periodDays, Text text) {
		if (period.isEmpty()) {
			return java.util.Optional.empty();
		}
		int low = period.stream().mapToInt(value).min().orElse(0);
		int high = period.stream().mapToInt(value).max().orElse(0);
		return java.util.Optional.of((period.size() == 1) ? text.get("checkin.summary.range.one", periodDays)
				: text.get("checkin.summary.range", periodDays, period.size(), low, high));
	}

	/** One chart: its numbers as JSON for the canvas, its summary, its description. */
	record Chart(String id, String title, String json, List<String> summary, String alt) {
	}

	/**
	 * Drawn by {@code static/js/checkin-charts.js}: one line per series, oldest first,
	 * against the axis' instants.
	 */
	record ChartData(String title, Axis axis, String yLabel, int max, List<Series> series) {
	}

	/**
	 * The time axis: the instants of the check-ins (epoch milliseconds), and the zone and
	 * language its ticks are written in.
	 */
	record Axis(String label, List<Long> xs, String zone, String locale) {
	}

	/** One line: its name (the legend) and a value per instant of the axis. */
	record Series(String name, List<Integer> values) {
	}

	private record Text(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

	}

}
