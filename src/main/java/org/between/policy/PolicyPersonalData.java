package org.between.policy;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A therapist's policy versions and both sides' fees and acknowledgements (export and
 * erasure).
 */
@Component
class PolicyPersonalData extends PersonalRows {

	PolicyPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "policy",
				List.of(PersonalTable.of("frame_policy_acknowledgement", "client_id", "therapist_id"),
						PersonalTable.of("frame_client_fee", "client_id", "therapist_id"),
						PersonalTable.of("frame_policy_version", "therapist_id")));
	}

}
