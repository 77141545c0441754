package org.between.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.between.accounts.CurrentUser;
import org.between.checkin.CheckinAction;
import org.between.checkin.CheckinView;
import org.between.checkin.Checkins;
import org.between.checkin.Urge;

import org.springframework.stereotype.Component;

/**
 * {@code checkins.csv}: one row per check-in, newest first, for spreadsheets (RFC 4180,
 * UTF-8, a header row). Read a page of {@link Checkins#MAX_LIMIT} at a time. A note that
 * begins like a formula ({@code = + - @}) gets a leading apostrophe, so that a
 * spreadsheet shows it as text instead of running it.
 */
@Component
class CheckinsCsv {

	private final Checkins checkins;

	CheckinsCsv(Checkins checkins) {
		this.checkins = checkins;
	}

	void write(CurrentUser client, OutputStream out) {
		try {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write("id,at,recorded_at,mood,distress,emotions");
			for (Urge urge : Urge.values()) {
				writer.write(",urge_" + urge.name().toLowerCase(java.util.Locale.ROOT));
			}
			writer.write(",first_turned_to,actions,note,risk_flagged\r\n");
			String before = null;
			while (true) {
				List<CheckinView> page = this.checkins.list(client, null, null, Checkins.MAX_LIMIT, before);
				for (CheckinView c : page) {
					writer.write(row(c));
				}
				if (page.size() < Checkins.MAX_LIMIT) {
					break;
				}
				before = page.get(page.size() - 1).id().toString();
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String row(CheckinView c) {
		StringBuilder row = new StringBuilder();
		row.append(c.id()).append(',').append(c.at()).append(',').append(c.recordedAt()).append(',');
		row.append(c.mood()).append(',').append(c.distress()).append(',');
		row.append(field(c.emotions().stream().map(Enum::name).collect(Collectors.joining(";"))));
		for (Urge urge : Urge.values()) {
			Integer value = (c.urges() != null) ? c.urges().get(urge) : null;
			row.append(',').append((value != null) ? value : "");
		}
		row.append(',').append((c.firstTurnedTo() != null) ? c.firstTurnedTo().name() : "");
		row.append(',').append(field(c.actions().stream().map(CheckinsCsv::action).collect(Collectors.joining(";"))));
		row.append(',').append(field(c.note()));
		row.append(',').append(c.riskFlagged()).append("\r\n");
		return row.toString();
	}

	private static String action(CheckinAction a) {
		String detail = (a.to() != null) ? a.to().name()
				: (a.urge() != null) ? a.urge().name() : (a.skillId() != null) ? a.skillId().toString() : null;
		return a.type().name() + ((detail != null) ? ":" + detail : "");
	}

	/** Quoted when it holds a comma, quote or line break; formulas defused. */
	static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		if ("=+-@".indexOf(text.charAt(0)) >= 0 || text.charAt(0) == '\t' || text.charAt(0) == '\r') {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
