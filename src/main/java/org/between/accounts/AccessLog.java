package org.between.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access log as {@code /account} shows it: first what others (the therapist, a cover)
 * opened or changed, a page at a time, newest first; then the person's own activity with
 * the same action on one day folded into one line ("Signed in, 4 times"), because a dozen
 * sign-in rows would push the reads that matter out of sight.
 *
 * @param byOthers this page of others' rows
 * @param page the page shown, from 0
 * @param hasMore whether an older page follows
 * @param own the person's own activity, folded
 */
public record AccessLog(List<AuditEntry> byOthers, int page, boolean hasMore, List<Activity> own) {

	/** One action of the person's own on one day, however many times. */
	public record Activity(String action, int times, Instant latest, LocalDate day) {
	}

	/** Folds rows (newest first) by action and day in the person's zone, newest first. */
	static List<Activity> fold(List<AuditEntry> rows, ZoneId zone) {
		Map<String, Activity> folded = new LinkedHashMap<>();
		for (AuditEntry row : rows) {
			LocalDate day = row.at().atZone(zone).toLocalDate();
			folded.merge(row.action() + "@" + day, new Activity(row.action(), 1, row.at(), day),
					(seen, again) -> new Activity(seen.action(), seen.times() + 1, seen.latest(), seen.day()));
		}
		return new ArrayList<>(folded.values());
	}

}
