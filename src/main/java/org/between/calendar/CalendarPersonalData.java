package org.between.calendar;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A person's calendar feed settings (the feed token is not exported).
 */
@Component
class CalendarPersonalData extends PersonalRows {

	CalendarPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "calendar",
				List.of(PersonalTable.of("frame_calendar_feed", "user_id").hiding("token"),
						PersonalTable.of("frame_therapist_calendar", "therapist_id")));
	}

}
