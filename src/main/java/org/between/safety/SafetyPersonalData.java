package org.between.safety;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The safety module's part of a person's data (export and erasure): the plan's versions,
 * the proposals a therapist made and the review date. A version a therapist wrote stays
 * the client's; erasing the therapist clears their name from it.
 */
@Component
class SafetyPersonalData extends PersonalRows {

	SafetyPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "safety",
				List.of(PersonalTable.of("safety_plan_version", "client_id")
					.clearing("written_by_id", "written_by_name"),
						PersonalTable.of("safety_plan_proposal", "client_id", "therapist_id"),
						PersonalTable.of("safety_plan_review", "client_id"),
						PersonalTable.of("safety_plan_offer", "client_id")));
	}

}
