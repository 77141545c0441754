package org.between.brief;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which clients a therapist's home page read on which day ({@code brief_day_read}), so
 * that the audit row is written once a day, not on every visit.
 */
@Component
class DayReads {

	private final JdbcClient jdbc;

	DayReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the read; true when it is the first of that day (then the caller logs it).
	 */
	boolean firstToday(UUID therapistId, UUID clientId, LocalDate day) {
		return this.jdbc.sql(
				"insert into brief_day_read (therapist_id, client_id, read_on) values (?, ?, ?) on conflict do nothing")
			.params(therapistId, clientId, day)
			.update() == 1;
	}

}
