package org.between.support;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.accounts.SharingChoice;
import org.between.accounts.TotpCodes;

/**
 * People for module tests, made through the accounts facade as the pages would: unique
 * e-mails, therapists with confirmed two-factor sign-in, links through invitations.
 */
public final class ModulePeople {

	private final Accounts accounts;

	private final ClientLinks links;

	private final MutableClock clock;

	public ModulePeople(Accounts accounts, ClientLinks links, MutableClock clock) {
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	public CurrentUser client() {
		return signUp(Role.CLIENT, "Europe/London");
	}

	public CurrentUser therapist() {
		CurrentUser therapist = signUp(Role.THERAPIST, "Europe/Berlin");
		var enrolment = this.accounts.startTotp(therapist);
		return this.accounts.confirmTotp(therapist, TotpCodes.codeAt(enrolment.secret(), this.clock.instant()));
	}

	public CurrentUser clientOf(CurrentUser therapist) {
		CurrentUser client = client();
		String code = this.links.invite(therapist, new InvitationRequest(null)).code();
		this.links.accept(client, code, "192.0.2." + (1 + (int) (Math.random() * 250)));
		return client;
	}

	/**
	 * A client of the therapist who, on accepting the invitation, lets the therapist see
	 * every category of "What my therapist sees".
	 */
	public CurrentUser sharingClientOf(CurrentUser therapist) {
		CurrentUser client = client();
		String code = this.links.invite(therapist, new InvitationRequest(null)).code();
		this.links.accept(client, code, "192.0.2." + (1 + (int) (Math.random() * 250)), SHARES_EVERYTHING);
		return client;
	}

	/**
	 * A new therapist (with two-factor sign-in) who accepted the therapist's colleague
	 * code: the two name each other as colleagues who may cover.
	 */
	public CurrentUser colleagueOf(CurrentUser therapist) {
		CurrentUser colleague = therapist();
		String code = this.links.inviteColleague(therapist).code();
		this.links.acceptColleague(colleague, code, "192.0.2." + (1 + (int) (Math.random() * 250)));
		return colleague;
	}

	/** Every category of "What my therapist sees" turned on. */
	public static final SharingChoice SHARES_EVERYTHING = new SharingChoice(true, true, true, true, true);

	private CurrentUser signUp(Role role, String zone) {
		var account = this.accounts
			.signUp(new NewAccount(role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org",
					"a long and unusual passphrase 42", "Test " + role.name().toLowerCase(), role, zone, "en"));
		return this.accounts.refresh(account.id());
	}

}
