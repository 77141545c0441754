package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.safety.CountryLines;
import org.between.safety.CrisisLines;
import org.springframework.stereotype.Component;

/**
 * On a client's home, from the moment their therapist announces time away until its last
 * day: a calm card with the days, who covers and how to reach them (or what to do when no
 * one does), the therapist's message for the whole break, links to the break plan and the
 * safety plan, and the crisis lines of the client's country. After a withdrawal, until
 * the days it would have ended, one line saying the break is off and how many of the
 * client's sessions are back. Nothing counts down and nothing nags.
 */
@Component
class AbsenceHomeCard implements HomeCard {

	/** Before the policy card (15): time away changes more for a client than a policy. */
	static final int ORDER = 5;

	private final Absences absences;

	private final AbsenceStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final CrisisLines crisisLines;

	private final Clock clock;

	AbsenceHomeCard(Absences absences, AbsenceStore store, ClientLinks links, Accounts accounts,
			CrisisLines crisisLines, Clock clock) {
		this.absences = absences;
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.crisisLines = crisisLines;
		this.clock = clock;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<Absence> coming = notOver(user, now);
		List<Map<String, Object>> withdrawn = withdrawn(user, now);
		if (coming.isEmpty() && withdrawn.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("withdrawn", withdrawn);
		model.put("absence", null);
		if (!coming.isEmpty()) {
			model.putAll(current(user, coming.get(0), now));
			model.put("later", coming.subList(1, coming.size()).stream().map((a) -> days(a, user.locale())).toList());
		}
		return Optional.of(new Card("absences/cards", "absence", model, ORDER));
	}

	/** The therapist's announced time away not yet over, soonest first. */
	private List<Absence> notOver(CurrentUser client, Instant now) {
		return this.absences.forClient(client)
			.stream()
			.filter((a) -> a.endsAt().isAfter(now))
			.sorted(Comparator.comparing(Absence::startDate))
			.toList();
	}

	/** The soonest time away not yet over, as the card shows it. */
	private Map<String, Object> current(CurrentUser client, Absence absence, Instant now) {
		Map<String, Object> model = new HashMap<>(days(absence, client.locale()));
		model.put("absence", absence);
		model.put("now", absence.covers(now));
		model.put("otherZone", sameDays(absence.zone(), client.zone(), absence) ? null : absence.zone().getId());
		model.put("therapistName", this.links.therapistOf(client).map((t) -> t.displayName()).orElse(""));
		model.put("lines", lines(client));
		return model;
	}

	/** Withdrawn time away whose days have not all passed, with the client's sessions. */
	private List<Map<String, Object>> withdrawn(CurrentUser client, Instant now) {
		return this.links.therapistOf(client)
			.map((t) -> this.store.ofTherapist(t.id())
				.stream()
				.filter((a) -> a.withdrawn() && a.endsAt().isAfter(now))
				.map((a) -> withdrawn(client, a))
				.toList())
			.orElse(List.of());
	}

	private Map<String, Object> withdrawn(CurrentUser client, Absence absence) {
		Map<String, Object> model = new HashMap<>(days(absence, client.locale()));
		AbsenceStore.ClientSessions sessions = this.store.ofClient(absence.id(), client.id());
		model.put("restored", sessions.restored());
		model.put("stillCancelled", sessions.cancelled() - sessions.restored());
		return model;
	}

	/** "Monday 21 December" and "Sunday 3 January", in the client's language. */
	private static Map<String, Object> days(Absence absence, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		return Map.of("from", day.format(absence.startDate()), "to", day.format(absence.endDate()));
	}

	/**
	 * Whether the client's calendar days are the therapist's for this absence: both its
	 * ends fall at midnight in the client's zone too.
	 */
	private static boolean sameDays(ZoneId zone, ZoneId clientZone, Absence absence) {
		return zone.equals(clientZone) || (isMidnight(absence.startsAt(), clientZone, absence.startDate())
				&& isMidnight(absence.endsAt(), clientZone, absence.endDate().plusDays(1)));
	}

	private static boolean isMidnight(Instant at, ZoneId zone, LocalDate day) {
		return at.equals(day.atStartOfDay(zone).toInstant());
	}

	/** The crisis lines of the client's country (the fallback when we have none). */
	private CountryLines lines(CurrentUser client) {
		String saved = this.accounts.country(client.id()).orElse(client.country());
		return this.crisisLines.forCountry(this.crisisLines.pick(null, saved, List.of(), client.zone()).orElse(null));
	}

}
