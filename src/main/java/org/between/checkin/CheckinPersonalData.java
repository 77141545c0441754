package org.between.checkin;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The check-ins of a person and their actions (export and erasure).
 */
@Component
class CheckinPersonalData extends PersonalRows {

	CheckinPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "checkin",
				List.of(PersonalTable.through("checkin_action",
						"checkin_id in (select id from checkin_entry where client_id = ?)"),
						PersonalTable.of("checkin_entry", "client_id")));
	}

}
