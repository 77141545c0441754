package org.between.sessions;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The sessions and standing appointments a person takes part in (export and erasure).
 */
@Component
class SessionsPersonalData extends PersonalRows {

	SessionsPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "sessions",
				List.of(PersonalTable.of("sessions_bridge_note", "client_id", "therapist_id"),
						PersonalTable.of("sessions_make_up_request", "client_id", "therapist_id"),
						PersonalTable.through("sessions_last_tap",
								"session_id in (select id from frame_session where client_id = ? or therapist_id = ?)")
							.exporting(),
						PersonalTable.of("frame_session", "client_id", "therapist_id").clearing("cancelled_by"),
						PersonalTable.of("frame_standing_appointment", "client_id", "therapist_id")));
	}

}
