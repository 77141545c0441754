package org.between.reminders;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A person's reminder choices and what was sent (unsubscribe token hashes are not
 * exported).
 */
@Component
class RemindersPersonalData extends PersonalRows {

	RemindersPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "reminders",
				List.of(PersonalTable.of("reminders_sent", "user_id"),
						PersonalTable.of("reminders_unsubscribe", "user_id").hiding("token_hash"),
						PersonalTable.of("reminders_preference", "user_id")));
	}

}
