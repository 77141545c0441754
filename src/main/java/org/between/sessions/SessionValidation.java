package org.between.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;

/**
 * What the sessions facade accepts: each method checks one kind of input, notes every
 * problem at its field (so that a person hears about all of them at once) and refuses the
 * input as a whole, or answers it parsed. Pure: the caller passes today and now.
 */
final class SessionValidation {

	/** A recorded session lasts at most this long. */
	static final Duration LONGEST_RECORDED = Duration.ofHours(6);

	private SessionValidation() {
	}

	/**
	 * A standing appointment: weekday, a start time, 10–240 minutes, every one or two
	 * weeks, a first day from today up to {@value Sessions#MAX_DAYS} days ahead, a last
	 * day not before it and an https video link or none.
	 */
	static Standing standing(StandingRequest request, LocalDate today) {
		InputProblems problems = new InputProblems();
		problems.require(request.weekday() != null, "weekday", "sessions.required");
		LocalTime startTime = time(request.startTime(), problems);
		minutes(request.durationMinutes(), problems);
		Integer every = request.everyWeeks();
		problems.require(every != null && (every == 1 || every == 2), "everyWeeks", "sessions.everyWeeks.invalid");
		startDate(request.startDate(), request.endDate(), today, problems);
		String link = videoLink(request.videoLink(), problems);
		problems.throwIfAny();
		return new Standing(request.weekday(), startTime, request.durationMinutes(), every, request.startDate(),
				request.endDate(), link);
	}

	/**
	 * A one-off session: a start up to {@value Sessions#RECORD_PAST_DAYS} days back and
	 * {@value Sessions#MAX_DAYS} days ahead, 10–240 minutes, a video link, and when it
	 * makes up for a session, {@code original} is that session: one of the pair's,
	 * cancelled, and this one a make-up.
	 */
	static Booking booking(SessionRequest request, Instant now, Optional<SessionView> original) {
		InputProblems problems = new InputProblems();
		Instant startsAt = request.startsAt();
		problems.require(startsAt != null, "startsAt", "sessions.required");
		if (startsAt != null) {
			problems.require(!startsAt.isBefore(now.minus(Duration.ofDays(Sessions.RECORD_PAST_DAYS))), "startsAt",
					"sessions.startsAt.tooLongAgo");
			problems.require(!startsAt.isAfter(now.plus(Duration.ofDays(Sessions.MAX_DAYS))), "startsAt",
					"sessions.startsAt.tooFar");
		}
		minutes(request.durationMinutes(), problems);
		SessionKind kind = (request.kind() != null) ? request.kind() : SessionKind.REGULAR;
		String link = videoLink(request.videoLink(), problems);
		if (request.makeUpFor() != null) {
			makeUp(original, kind, problems);
		}
		problems.throwIfAny();
		return new Booking(startsAt, startsAt.plus(Duration.ofMinutes(request.durationMinutes())), kind, link);
	}

	/**
	 * A listing's range: calendar days in the reader's zone (both inclusive) or instants;
	 * without them, from today for {@value Sessions#WEEKS_AHEAD} weeks; at most
	 * {@value Sessions#MAX_DAYS} days.
	 */
	static Range range(String from, String to, ZoneId zone, LocalDate today) {
		InputProblems problems = new InputProblems();
		Instant start = bound("from", from, zone, false, problems);
		Instant end = bound("to", to, zone, true, problems);
		problems.throwIfAny();
		if (start == null) {
			start = today.atStartOfDay(zone).toInstant();
		}
		if (end == null) {
			end = today.plusWeeks(Sessions.WEEKS_AHEAD).plusDays(1).atStartOfDay(zone).toInstant();
		}
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "sessions.range.order");
		}
		if (Duration.between(start, end).compareTo(Duration.ofDays(Sessions.MAX_DAYS + 1)) > 0) {
			throw new InvalidInputException("to", "sessions.range.tooLong");
		}
		return new Range(start, end);
	}

	/**
	 * Recorded times: a start, not in the future and within
	 * {@link Sessions#ATTENDANCE_WINDOW} of the planned one; an end (once known) not in
	 * the future, after the start and at most {@link #LONGEST_RECORDED} later.
	 */
	static void attendance(SessionView session, Instant startedAt, Instant endedAt, Instant now) {
		attendanceProblems(session, startedAt, endedAt, now).throwIfAny();
	}

	/** The problems {@link #attendance} would refuse, none when it would accept. */
	static InputProblems attendanceProblems(SessionView session, Instant startedAt, Instant endedAt, Instant now) {
		InputProblems problems = new InputProblems();
		problems.require(startedAt != null, "startedAt", "sessions.startedAt.required");
		if (startedAt != null) {
			problems.require(!startedAt.isAfter(now), "startedAt", "sessions.startedAt.future");
			problems.require(
					Duration.between(session.startsAt(), startedAt).abs().compareTo(Sessions.ATTENDANCE_WINDOW) <= 0,
					"startedAt", "sessions.startedAt.farFromPlan");
		}
		if (endedAt != null) {
			problems.require(!endedAt.isAfter(now), "endedAt", "sessions.endedAt.future");
			problems.require(startedAt == null || endedAt.isAfter(startedAt), "endedAt",
					"sessions.endedAt.beforeStart");
			problems.require(startedAt == null || Duration.between(startedAt, endedAt).compareTo(LONGEST_RECORDED) <= 0,
					"endedAt", "sessions.endedAt.tooLong");
		}
		return problems;
	}

	/** An https link to the therapist's own video service, or nothing (null). */
	static String videoLink(String text) {
		InputProblems problems = new InputProblems();
		String link = videoLink(text, problems);
		problems.throwIfAny();
		return link;
	}

	/**
	 * A cancellation's reason: up to {@value Sessions#REASON_MAX} characters, or none.
	 */
	static String reason(String reason) {
		new InputProblems()
			.require(reason == null || reason.codePointCount(0, reason.length()) <= Sessions.REASON_MAX, "reason",
					"sessions.reason.tooLong")
			.throwIfAny();
		return blankToNull(reason);
	}

	private static void startDate(LocalDate start, LocalDate end, LocalDate today, InputProblems problems) {
		problems.require(start != null, "startDate", "sessions.required");
		if (start != null) {
			problems.require(!start.isBefore(today), "startDate", "sessions.startDate.past");
			problems.require(!start.isAfter(today.plusDays(Sessions.MAX_DAYS)), "startDate",
					"sessions.startDate.tooFar");
			problems.require(end == null || !end.isBefore(start), "endDate", "sessions.endDate.beforeStart");
		}
	}

	private static void makeUp(Optional<SessionView> original, SessionKind kind, InputProblems problems) {
		if (original.isEmpty() || !original.get().status().isCancelled()) {
			problems.add("makeUpFor", "sessions.makeUpFor.invalid");
		}
		else {
			problems.require(kind == SessionKind.MAKE_UP, "kind", "sessions.kind.makeUp");
		}
	}

	private static LocalTime time(String text, InputProblems problems) {
		if (text == null || text.isBlank()) {
			problems.add("startTime", "sessions.required");
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("startTime", "sessions.startTime.invalid");
			return null;
		}
	}

	private static void minutes(Integer minutes, InputProblems problems) {
		problems.require(minutes != null && minutes >= Sessions.MIN_MINUTES && minutes <= Sessions.MAX_MINUTES,
				"durationMinutes", "sessions.durationMinutes.range");
	}

	private static String videoLink(String text, InputProblems problems) {
		String link = blankToNull(text);
		if (link == null) {
			return null;
		}
		try {
			URI uri = new URI(link);
			problems.require(link.length() <= Sessions.LINK_MAX && "https".equalsIgnoreCase(uri.getScheme())
					&& uri.getHost() != null, "videoLink", "sessions.videoLink.invalid");
		}
		catch (URISyntaxException ex) {
			problems.add("videoLink", "sessions.videoLink.invalid");
		}
		return link;
	}

	private static Instant bound(String field, String text, ZoneId zone, boolean end, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "sessions.range.invalid");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A standing appointment's input, checked. */
	record Standing(DayOfWeek weekday, LocalTime startTime, int durationMinutes, int everyWeeks, LocalDate startDate,
			LocalDate endDate, String videoLink) {
	}

	/** A one-off session's input, checked. */
	record Booking(Instant startsAt, Instant endsAt, SessionKind kind, String videoLink) {
	}

	/** A listing's {@code [from, to)}. */
	record Range(Instant from, Instant to) {
	}

}
