package org.between.contact;

import java.util.List;

/**
 * What both read about their agreements: the one in force ({@code active}, null when none
 * was accepted yet), the open proposal ({@code proposed}: PROPOSED or DISCUSS, null when
 * none) and every earlier one ({@code history}: superseded and replaced, newest first).
 */
public record AgreementOverview(ContactAgreement active, ContactAgreement proposed, List<ContactAgreement> history) {

	public AgreementOverview {
		history = List.copyOf(history);
	}

}
