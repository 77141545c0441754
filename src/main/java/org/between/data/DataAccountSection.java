package org.between.data;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.AccountSection;
import org.between.accounts.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The "Your data" section of {@code /account}: download everything, or delete the account
 * (its pages are {@code org.between.data.web.DataPages}). Last on the page.
 */
@Component
class DataAccountSection implements AccountSection {

	static final int ORDER = 1000;

	private final DataDeletion deletion;

	DataAccountSection(DataDeletion deletion) {
		this.deletion = deletion;
	}

	@Override
	public Optional<Section> sectionFor(CurrentUser user) {
		return Optional.of(new Section("data/section", "section",
				Map.of("graceDays", this.deletion.grace().toDays(), "therapist", user.isTherapist()), ORDER));
	}

}
