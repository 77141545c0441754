package org.between.measures.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.between.measures.Band;
import org.between.measures.Instrument;
import org.between.measures.Measures.ResponseView;
import org.between.measures.ReliableChange;
import org.springframework.context.MessageSource;

/**
 * The numbers behind a trend chart, as JSON for the page's {@code data-chart} attribute
 * (the CSP forbids inline scripts); {@code static/js/measures-chart.js} draws it.
 */
record MeasureChart(String title, String xLabel, String yLabel, int max, List<Point> points, List<Shade> bands,
		String reliableLabel) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static MeasureChart of(Instrument instrument, List<ResponseView> newestFirst, ZoneId zone, Locale locale,
			MessageSource messages) {
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale).withZone(zone);
		List<Point> points = new ArrayList<>();
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			ResponseView r = newestFirst.get(i);
			points.add(new Point(dates.format(r.answeredAt()), r.score(), r.reliableChange()));
		}
		List<Shade> bands = new ArrayList<>();
		for (Band band : instrument.bands()) {
			bands.add(new Shade(band.from(), band.to(),
					messages.getMessage("measures.severity." + band.severity().name(), null, locale)));
		}
		return new MeasureChart(messages.getMessage(instrument.messagePrefix() + ".title", null, locale),
				messages.getMessage("measures.chart.x", null, locale),
				messages.getMessage("measures.chart.y", null, locale), instrument.maxScore(), points, bands,
				messages.getMessage("measures.chart.reliable", null, locale));
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

	/** One response: date label, score and whether it moved reliably. */
	record Point(String label, int score, ReliableChange reliableChange) {
	}

	/** A published band, shaded behind the line. */
	record Shade(int from, int to, String label) {
	}

}
