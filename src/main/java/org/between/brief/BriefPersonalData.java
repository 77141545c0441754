package org.between.brief;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The marks of which client's news the therapist's home has read on which day (so that a
 * read is audited once a day): erased with either person, never exported (they are a note
 * about the audit log, which the export describes).
 */
@Component
class BriefPersonalData extends PersonalRows {

	BriefPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "brief",
				List.of(PersonalTable.erasedOnly("brief_day_read", "client_id", "therapist_id")));
	}

}
