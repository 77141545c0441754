package org.between.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A weekly or fortnightly appointment at a local time in the therapist's zone: the
 * sessions it makes keep that local time across daylight-saving changes (their UTC
 * instant moves instead). {@code endDate} is the last day a session may fall on; null
 * while it runs on.
 */
public record StandingAppointment(UUID id, UUID therapistId, UUID clientId, DayOfWeek weekday, LocalTime startTime,
		int durationMinutes, int everyWeeks, LocalDate startDate, LocalDate endDate, ZoneId timeZone, String videoLink,
		LocalDate generatedUntil) {

	/** The first day on or after the start date that falls on the weekday. */
	public LocalDate firstDay() {
		LocalDate day = this.startDate;
		while (day.getDayOfWeek() != this.weekday) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The session starts after {@code after} (exclusive) up to {@code until} (inclusive),
	 * within start and end date. A time that does not exist on a spring-forward day moves
	 * forward by the gap, as {@link ZonedDateTime#of} does.
	 */
	public List<ZonedDateTime> occurrences(LocalDate after, LocalDate until) {
		LocalDate last = (this.endDate != null && this.endDate.isBefore(until)) ? this.endDate : until;
		List<ZonedDateTime> starts = new ArrayList<>();
		for (LocalDate day = firstDay(); !day.isAfter(last); day = day.plusWeeks(this.everyWeeks)) {
			if (after == null || day.isAfter(after)) {
				starts.add(ZonedDateTime.of(day, this.startTime, this.timeZone));
			}
		}
		return starts;
	}

	/** The scheduled session this appointment makes at {@code startsAt}. */
	SessionView session(java.time.Instant startsAt) {
		return new SessionView(UUID.randomUUID(), this.clientId, this.therapistId, startsAt,
				startsAt.plus(java.time.Duration.ofMinutes(this.durationMinutes)), SessionStatus.SCHEDULED,
				SessionKind.REGULAR, this.videoLink, null, null, this.id, null);
	}

	StandingAppointment generatedUntil(LocalDate day) {
		return new StandingAppointment(this.id, this.therapistId, this.clientId, this.weekday, this.startTime,
				this.durationMinutes, this.everyWeeks, this.startDate, this.endDate, this.timeZone, this.videoLink,
				day);
	}

}
