package org.between.endings;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * Endings, referrals, the portfolio and the therapists' letters of a person (export and
 * erasure). The portfolio's text is bound to its client (one row per client); the
 * therapist it is shared with is cleared, not the row, when that therapist goes.
 */
@Component
class EndingsPersonalData extends PersonalRows {

	EndingsPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "endings", List.of(PersonalTable.of("endings_referral", "client_id", "therapist_id"),
				PersonalTable.of("endings_ending", "client_id", "therapist_id"),
				PersonalTable.of("endings_portfolio_letter", "client_id", "therapist_id"),
				PersonalTable.of("endings_portfolio", "client_id").keyedBy("client_id").clearing("shared_with")));
	}

}
