package org.between.calendar;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed: a secret link ({@code /calendar/<token>.ics}) that
 * any calendar app can subscribe to without signing in. The link can be replaced or
 * stopped at any time; the old one answers 404 at once. A therapist's feed names no
 * clients unless they turn that on. Time away is in it as all-day events.
 */
@Service
public class CalendarFeeds {

	/** How far back and ahead the feed reaches. */
	static final int DAYS_BACK = 90;

	static final int MONTHS_AHEAD = 12;

	/** 32 random bytes in base64url without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedStore store;

	private final Sessions sessions;

	private final Absences absences;

	private final Accounts accounts;

	private final Clock clock;

	private final CalendarDocument document;

	private final PublicLinks publicLinks;

	CalendarFeeds(CalendarFeedStore store, Sessions sessions, Absences absences, Accounts accounts, Clock clock,
			MessageSource messages, PublicLinks publicLinks) {
		this.store = store;
		this.sessions = sessions;
		this.absences = absences;
		this.accounts = accounts;
		this.clock = clock;
		this.publicLinks = publicLinks;
		this.document = new CalendarDocument(messages, publicLinks::base);
	}

	/** The person's feed link, made on the first call. */
	@Transactional
	public String feedUrl(CurrentUser me) {
		return url(this.store.token(me.id()).orElseGet(() -> newToken(me)));
	}

	/** The person's feed link if they have one (the account page does not make one). */
	@Transactional(readOnly = true)
	public Optional<String> existingFeedUrl(CurrentUser me) {
		return this.store.token(me.id()).map(this::url);
	}

	/** A new link in place of the old one, which stops working at once. */
	@Transactional
	public String newFeedUrl(CurrentUser me) {
		return url(newToken(me));
	}

	/** Stops the feed: the link answers 404 from now on. Nothing happens without one. */
	@Transactional
	public void stop(CurrentUser me) {
		this.store.setToken(me.id(), null, this.clock.instant());
	}

	/** Whether the therapist's feed names clients (therapists only; 403 for clients). */
	@Transactional(readOnly = true)
	public boolean showsClientNames(CurrentUser me) {
		return this.store.showClientNames(me.requireTherapist().id());
	}

	/** Turns client names in the therapist's feed on or off (off unless turned on). */
	@Transactional
	public boolean showClientNames(CurrentUser me, boolean show) {
		this.store.setShowClientNames(me.requireTherapist().id(), show, this.clock.instant());
		return show;
	}

	/**
	 * The iCalendar text the token opens: the owner's sessions and time away (a
	 * therapist's own, a client's therapist's) from 90 days back to 12 months ahead.
	 * Empty for a token that is malformed, unknown or revoked (which all answer the same
	 * 404).
	 */
	@Transactional(readOnly = true)
	public Optional<String> document(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.store.byToken(token).flatMap((feed) -> owner(feed).map((owner) -> render(feed, owner)));
	}

	/** The feed's owner; empty when the account is gone (its feed is gone with it). */
	private Optional<CurrentUser> owner(CalendarFeedStore.Feed feed) {
		try {
			return Optional.of(this.accounts.refresh(feed.userId()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private String render(CalendarFeedStore.Feed feed, CurrentUser owner) {
		Instant now = this.clock.instant();
		Instant from = now.minus(DAYS_BACK, ChronoUnit.DAYS);
		Instant to = now.atZone(owner.zone()).plusMonths(MONTHS_AHEAD).toInstant();
		List<SessionView> sessions = this.sessions.forUser(owner, from, to);
		Map<UUID, Optional<String>> names = new HashMap<>();
		return this.document.render(CalendarDocument.Viewer.of(owner, feed.showClientNames()), sessions,
				away(owner, from, to), (id) -> names.computeIfAbsent(id, this.accounts::displayName), now);
	}

	/**
	 * Time away within the feed's reach: a therapist's own, a client's therapist's. A
	 * withdrawn absence leaves the feed (it never happened, and subscribed calendars drop
	 * an event that is no longer there at their next fetch) rather than staying as
	 * cancelled, as a cancelled session does.
	 */
	private List<Absence> away(CurrentUser owner, Instant from, Instant to) {
		List<Absence> all = owner.isTherapist() ? this.absences.ofTherapist(owner) : this.absences.forClient(owner);
		return all.stream()
			.filter((a) -> !a.withdrawn() && a.endsAt().isAfter(from) && a.startsAt().isBefore(to))
			.toList();
	}

	private String newToken(CurrentUser me) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.store.setToken(me.id(), token, this.clock.instant());
		return token;
	}

	private String url(String token) {
		return this.publicLinks.to("/calendar/" + token + ".ics");
	}

}
