package org.between.accounts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The "What my therapist sees" section of {@code /account}, for clients (its form is
 * {@code org.between.accounts.web.SharingPage}).
 */
@Component
class SharingAccountSection implements AccountSection {

	/** Right after the profile and two-factor sign-in, before other modules' sections. */
	static final int ORDER = 10;

	private final Sharing sharing;

	private final ClientLinks links;

	SharingAccountSection(Sharing sharing, ClientLinks links) {
		this.sharing = sharing;
		this.links = links;
	}

	@Override
	public Optional<Section> sectionFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		var therapist = this.links.therapistOf(user);
		model.put("linked", therapist.isPresent());
		model.put("therapistName", therapist.map(Accounts.TherapistRef::displayName).orElse(null));
		model.put("choice", this.sharing.mine(user));
		return Optional.of(new Section("accounts/sharing", "section", model, ORDER));
	}

}
