package org.between.journal;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A client's journal (decrypted in their export) and who read which entry; a therapist's
 * reads are erased with them.
 */
@Component
class JournalPersonalData extends PersonalRows {

	JournalPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "journal",
				List.of(PersonalTable.of("journal_read", "client_id").erasingAlso("reader_id"),
						PersonalTable.of("journal_entry", "client_id")));
	}

}
