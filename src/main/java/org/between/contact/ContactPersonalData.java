package org.between.contact;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The contact agreements a person is party to and the risk alerts sent under them (export
 * and erasure).
 */
@Component
class ContactPersonalData extends PersonalRows {

	ContactPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "contact",
				List.of(PersonalTable.of("contact_risk_alert", "client_id", "therapist_id"),
						PersonalTable.of("contact_agreement", "client_id", "therapist_id")));
	}

}
