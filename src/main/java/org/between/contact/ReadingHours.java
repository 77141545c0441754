package org.between.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * When the therapist reads messages: on {@code days}, from {@code from} to {@code to}
 * (local times in {@code zone}, the therapist's zone when the agreement was proposed),
 * for example Monday to Friday, 09:00 to 17:00 in Europe/Berlin. A window ends on the day
 * it starts ({@code from} before {@code to}). Local times are kept across daylight-saving
 * changes: 09:00 stays 09:00 in summer and in winter.
 * <p>
 * It answers "when will this be read?" for a message sent at any moment: at once inside
 * the hours, else at the start of the next window ({@link #nextReadingStart}).
 */
public record ReadingHours(List<DayOfWeek> days, @JsonFormat(pattern = "HH:mm") LocalTime from,
		@JsonFormat(pattern = "HH:mm") LocalTime to, ZoneId zone) {

	/** Monday to Friday. */
	public static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	/** 09:00, when a proposal leaves the hours out. */
	public static final LocalTime DEFAULT_FROM = LocalTime.of(9, 0);

	/** 17:00, when a proposal leaves the hours out. */
	public static final LocalTime DEFAULT_TO = LocalTime.of(17, 0);

	/**
	 * Days once each, Monday first; a window of at least a minute on at least one day.
	 */
	public ReadingHours {
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		Objects.requireNonNull(zone);
		if (days == null || days.isEmpty() || !from.isBefore(to)) {
			throw new IllegalArgumentException("reading hours need a day and a window");
		}
		days = List.copyOf(EnumSet.copyOf(days));
	}

	/** The default hours: Monday to Friday, 09:00 to 17:00, in {@code zone}. */
	public static ReadingHours weekdays(ZoneId zone) {
		return new ReadingHours(WEEKDAYS, DEFAULT_FROM, DEFAULT_TO, zone);
	}

	/** Whether a message arriving at {@code at} falls inside the hours. */
	public boolean isReadingTime(Instant at) {
		ZonedDateTime local = at.atZone(this.zone);
		LocalDate day = local.toLocalDate();
		return this.days.contains(day.getDayOfWeek()) && !at.isBefore(start(day)) && at.isBefore(end(day));
	}

	/**
	 * When a message sent at {@code at} can first be read: {@code at} itself inside the
	 * hours, else the start of the next window.
	 */
	public Instant nextReadingStart(Instant at) {
		if (isReadingTime(at)) {
			return at;
		}
		LocalDate day = at.atZone(this.zone).toLocalDate();
		// Every day of the week is looked at within eight days, and one of them is a
		// reading day.
		for (int i = 0; i <= 8; i++) {
			LocalDate candidate = day.plusDays(i);
			if (this.days.contains(candidate.getDayOfWeek()) && start(candidate).isAfter(at)) {
				return start(candidate);
			}
		}
		throw new IllegalStateException("no reading window within a week of " + at);
	}

	/**
	 * The end of the window that {@code at} lies in ({@code at} must be reading time).
	 */
	Instant windowEnd(Instant at) {
		return end(at.atZone(this.zone).toLocalDate());
	}

	private Instant start(LocalDate day) {
		// A start inside a daylight-saving gap moves forward by the gap, as a clock
		// would.
		return ZonedDateTime.of(day, this.from, this.zone).toInstant();
	}

	private Instant end(LocalDate day) {
		return ZonedDateTime.of(day, this.to, this.zone).toInstant();
	}

}
