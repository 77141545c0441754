package org.between.contact;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.AccountSection;
import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Contact between sessions" section of a client's {@code /account}: where the
 * agreement with their therapist is ({@code /agreement}), and whether one is in force.
 */
@Component
class ContactAccountSection implements AccountSection {

	static final int ORDER = 60;

	private final ContactAgreements agreements;

	ContactAccountSection(ContactAgreements agreements) {
		this.agreements = agreements;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Section> sectionFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		AgreementOverview overview = this.agreements.forClient(user);
		return Optional.of(new Section("contact/cards", "account",
				Map.of("active", overview.active() != null, "proposed", overview.proposed() != null), ORDER));
	}

}
