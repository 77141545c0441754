package org.between.accounts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.shared.ConflictException;
import org.between.shared.Countries;
import org.between.shared.ForbiddenException;
import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-up, profile, two-factor enrolment, and the questions other modules ask
 * about a person ("who is this?", "may this therapist read client data?").
 */
@Service
public class Accounts {

	private final UserRepository users;

	private final LinkRepository links;

	private final Passwords passwords;

	private final SecuritySettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final TotpSecrets totpSecrets;

	Accounts(UserRepository users, LinkRepository links, Passwords passwords, SecuritySettings settings, AuditLog audit,
			Clock clock, TotpSecrets totpSecrets) {
		this.totpSecrets = totpSecrets;
		this.users = users;
		this.links = links;
		this.passwords = passwords;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public AccountView signUp(NewAccount input) {
		String email = normalizeEmail(input.email());
		InputProblems problems = new InputProblems();
		String passwordProblem = this.passwords.problemWith(input.password());
		problems.require(passwordProblem == null, "password", passwordProblem);
		ZoneId zone = zone(input.timeZone(), problems);
		Locale locale = locale(input.locale(), problems);
		String country = country(input.country(), problems);
		problems.throwIfAny();
		if (country == null) {
			country = Countries.ofZone(zone).orElse(null);
		}
		if (this.users.existsByEmail(email)) {
			throw new ConflictException("account.emailTaken");
		}
		User user = User.create(email, this.passwords.hash(input.password()), input.displayName().strip(), input.role(),
				zone, locale, country, this.clock.instant());
		try {
			user = this.users.save(user);
		}
		catch (DuplicateKeyException ex) {
			// Two sign-ups with one address at the same moment: the second one loses.
			throw new ConflictException("account.emailTaken");
		}
		this.audit.record(user.id(), AccountsAudit.ACCOUNT_CREATED, user.id(), "ACCOUNT", user.id().toString());
		return AccountView.of(user);
	}

	@Transactional(readOnly = true)
	public Me me(CurrentUser me) {
		User user = user(me.id());
		TherapistRef therapist = null;
		if (user.role() == Role.CLIENT) {
			therapist = this.links.findByActiveClientId(user.id())
				.flatMap((link) -> this.users.findById(link.therapistId()))
				.map((t) -> new TherapistRef(t.id(), t.displayName()))
				.orElse(null);
		}
		return new Me(user.id(), user.email(), user.displayName(), user.role(), user.timeZone(), user.locale(),
				user.country(), user.totpEnabled(), therapist);
	}

	/**
	 * The person as they are now in the database (the session may hold an older copy).
	 */
	@Transactional(readOnly = true)
	public CurrentUser refresh(UUID userId) {
		return user(userId).asCurrentUser();
	}

	/** The person's country setting as it is now (ISO 3166 alpha-2), if they have one. */
	@Transactional(readOnly = true)
	public Optional<String> country(UUID userId) {
		return this.users.findById(userId).map(User::country);
	}

	/**
	 * Sets the person's country (ISO 3166 alpha-2, any case); 400 for an unknown code.
	 */
	@Transactional
	public CurrentUser changeCountry(CurrentUser me, String country) {
		InputProblems problems = new InputProblems();
		String code = country(country, problems);
		problems.require(code != null || problems.has("country"), "country", "account.country.unknown");
		problems.throwIfAny();
		User user = user(me.id());
		return this.users
			.save(user.withProfile(user.displayName(), ZoneId.of(user.timeZone()), Locale.forLanguageTag(user.locale()),
					code))
			.asCurrentUser();
	}

	@Transactional(readOnly = true)
	public Optional<String> displayName(UUID userId) {
		return this.users.findById(userId).map(User::displayName);
	}

	@Transactional
	public CurrentUser updateProfile(CurrentUser me, ProfileChange change) {
		InputProblems problems = new InputProblems();
		ZoneId zone = zone(change.timeZone(), problems);
		Locale locale = locale(change.locale(), problems);
		String country = country(change.country(), problems);
		problems.throwIfAny();
		User current = user(me.id());
		if (country == null) {
			// Left out: the country stays; an account without one gets the time zone's.
			country = (current.country() != null) ? current.country() : Countries.ofZone(zone).orElse(null);
		}
		User user = this.users.save(current.withProfile(change.displayName().strip(), zone, locale, country));
		return user.asCurrentUser();
	}

	/**
	 * Starts (or restarts) TOTP enrolment; sign-in asks for codes only after
	 * {@link #confirmTotp}.
	 */
	@Transactional
	public TotpEnrolment startTotp(CurrentUser me) {
		User user = user(me.id());
		if (user.totpEnabled()) {
			throw new ConflictException("totp.alreadyEnabled");
		}
		String secret = Totp.newSecret();
		this.users.save(this.totpSecrets.withPending(user, secret));
		return new TotpEnrolment(secret, Totp.otpauthUri(secret, user.email(), "Between"));
	}

	@Transactional
	public CurrentUser confirmTotp(CurrentUser me, String code) {
		User user = user(me.id());
		if (user.totpEnabled()) {
			throw new ConflictException("totp.alreadyEnabled");
		}
		if (user.totpSecretCipher() == null) {
			throw new ConflictException("totp.notStarted");
		}
		if (!Totp.verify(this.totpSecrets.of(user), code, this.clock.instant())) {
			throw new InvalidInputException("code", "totp.wrongCode");
		}
		user = this.users.save(user.withTotpEnabled());
		this.audit.record(user.id(), AccountsAudit.TOTP_ENABLED, user.id(), "ACCOUNT", user.id().toString());
		return user.asCurrentUser();
	}

	/**
	 * The otpauth URI of an enrolment in progress, for the QR code on the account page.
	 */
	@Transactional(readOnly = true)
	public Optional<TotpEnrolment> pendingTotp(CurrentUser me) {
		User user = user(me.id());
		if (user.totpEnabled() || user.totpSecretCipher() == null) {
			return Optional.empty();
		}
		String secret = this.totpSecrets.of(user);
		return Optional.of(new TotpEnrolment(secret, Totp.otpauthUri(secret, user.email(), "Between")));
	}

	/**
	 * Refuses (403) a therapist who has not confirmed two-factor sign-in while the
	 * practice requires it. Every read of client data calls this first.
	 */
	@Transactional(readOnly = true)
	public void requireSecondFactor(CurrentUser me) {
		if (mustEnrolSecondFactor(me)) {
			throw new ForbiddenException("problem.twoFactorRequired");
		}
	}

	@Transactional(readOnly = true)
	public boolean mustEnrolSecondFactor(CurrentUser me) {
		return me.isTherapist() && this.settings.therapistTotpRequired() && !user(me.id()).totpEnabled();
	}

	/** The rows of the audit log about this person's data, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> accessLog(CurrentUser me, int limit) {
		return this.audit.about(me.id(), limit);
	}

	/**
	 * The access log as a page shows it ({@link AccessLog}): {@code pageSize} of others'
	 * rows from page {@code page}, and the person's own last {@code ownRows} rows folded.
	 */
	@Transactional(readOnly = true)
	public AccessLog accessPage(CurrentUser me, int page, int pageSize, int ownRows) {
		int from = Math.max(0, page) * pageSize;
		List<AuditEntry> others = this.audit.aboutByOthers(me.id(), from, pageSize + 1);
		boolean more = others.size() > pageSize;
		return new AccessLog(more ? others.subList(0, pageSize) : others, Math.max(0, page), more,
				AccessLog.fold(this.audit.aboutByThemselves(me.id(), ownRows), me.zone()));
	}

	private User user(UUID id) {
		return this.users.findById(id).orElseThrow(NotFoundException::new);
	}

	static String normalizeEmail(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static ZoneId zone(String timeZone, InputProblems problems) {
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException | NullPointerException ex) {
			problems.add("timeZone", "account.timeZone.unknown");
			return null;
		}
	}

	/** Null when left out; an unknown code is a problem with the field. */
	private static String country(String code, InputProblems problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<String> known = Countries.code(code);
		problems.require(known.isPresent(), "country", "account.country.unknown");
		return known.orElse(null);
	}

	private static Locale locale(String tag, InputProblems problems) {
		if (tag == null || tag.isBlank()) {
			return Locale.ENGLISH;
		}
		Locale locale = Locale.forLanguageTag(tag.strip());
		problems.require(!locale.getLanguage().isEmpty() && tag.length() <= 35, "locale", "account.locale.unknown");
		return locale;
	}

	/** What someone signing up tells us. */
	public record NewAccount(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password,
			@NotBlank @Size(max = 100) String displayName, @NotNull Role role,
			@NotBlank @Size(max = 64) String timeZone, @Size(max = 35) String locale, @Size(max = 2) String country) {

		/** Without a country: the time zone's country is taken. */
		public NewAccount(String email, String password, String displayName, Role role, String timeZone,
				String locale) {
			this(email, password, displayName, role, timeZone, locale, null);
		}

		@Override
		public String toString() {
			return "NewAccount[role=" + this.role + "]";
		}

	}

	/** A new profile; a left-out {@code country} stays as it is. */
	public record ProfileChange(@NotBlank @Size(max = 100) String displayName,
			@NotBlank @Size(max = 64) String timeZone, @Size(max = 35) String locale, @Size(max = 2) String country) {

		public ProfileChange(String displayName, String timeZone, String locale) {
			this(displayName, timeZone, locale, null);
		}

	}

	public record AccountView(UUID id, String email, String displayName, Role role, String timeZone, String country) {

		static AccountView of(User user) {
			return new AccountView(user.id(), user.email(), user.displayName(), user.role(), user.timeZone(),
					user.country());
		}

	}

	public record Me(UUID id, String email, String displayName, Role role, String timeZone, String locale,
			String country, boolean totpEnabled, TherapistRef therapist) {
	}

	public record TherapistRef(UUID id, String displayName) {
	}

	public record TotpEnrolment(String secret, String otpauthUri) {

		@Override
		public String toString() {
			return "TotpEnrolment[hidden]";
		}

	}

}
