package org.between.absences;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A therapist's absences and the cancellations they made, a client's break plans (export
 * and erasure); a cover named on an absence is cleared from it.
 */
@Component
class AbsencesPersonalData extends PersonalRows {

	AbsencesPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "absences",
				List.of(PersonalTable.of("absences_break_plan", "client_id")
					.erasingWhere("absence_id in (select id from absences_absence where therapist_id = ?)"),
						PersonalTable.of("absences_cancelled_session", "client_id")
							.erasingWhere("absence_id in (select id from absences_absence where therapist_id = ?)"),
						PersonalTable.of("absences_therapist_lock", "therapist_id"),
						PersonalTable.of("absences_absence", "therapist_id").clearing("covering_therapist_id")));
	}

}
