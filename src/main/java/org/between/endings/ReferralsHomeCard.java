package org.between.endings;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * On a therapist's home while a referral of a client still linked is open (suggested or
 * contacted): whose, and where it stands, with a link to the client's ending page. Only
 * the client's name and the status (both sides set it), so showing it is no read of the
 * referral's texts and writes no audit row; the page it links to does.
 */
@Component
class ReferralsHomeCard implements HomeCard {

	static final int ORDER = 7;

	private final Referrals referrals;

	private final Accounts accounts;

	ReferralsHomeCard(Referrals referrals, Accounts accounts) {
		this.referrals = referrals;
		this.accounts = accounts;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isTherapist() || this.accounts.mustEnrolSecondFactor(user) || !user.totpEnabled()) {
			return Optional.empty();
		}
		var open = this.referrals.openOnHome(user);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Card("endings/cards", "referrals", Map.of("open", open), ORDER));
	}

}
