package org.between.calendar;

import org.between.absences.Absence;
import org.between.sessions.CancellationRuling;

import org.between.sessions.SessionKind;

import org.between.sessions.SessionStatus;

import org.between.sessions.SessionView;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's iCalendar text, parsed back with ical4j: time zones (with their VTIMEZONE)
 * across the 2027 daylight-saving change, cancelled sessions, names only as allowed, and
 * nothing clinical.
 */
class CalendarDocumentTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

	static final UUID THERAPIST = UUID.randomUUID();

	static final UUID CLIENT = UUID.randomUUID();

	static final Map<UUID, String> NAMES = Map.of(THERAPIST, "Dr. Hanna Weber", CLIENT, "Ana Lopez");

	final CalendarDocument document = new CalendarDocument(messages(), () -> "https://between.example/");

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static SessionView session(ZonedDateTime start, SessionStatus status, String videoLink) {
		CancellationRuling ruling = status.isCancelled()
				? new CancellationRuling(status, true, new BigDecimal("80.00"), "EUR", false, true, 2, 48,
						start.toInstant().minusSeconds(3600), CLIENT, "Panic attack, feeling unsafe at home")
				: null;
		return new SessionView(UUID.randomUUID(), CLIENT, THERAPIST, start.toInstant(),
				start.toInstant().plusSeconds(50 * 60), status, SessionKind.REGULAR, videoLink, null, null, null,
				ruling);
	}

	/** Weekly at 18:00 Berlin time on the Sundays around the change of 28 March 2027. */
	static List<SessionView> weeklyAroundTheChange() {
		List<SessionView> sessions = new ArrayList<>();
		for (int day : new int[] { 21, 28 }) {
			sessions.add(session(ZonedDateTime.of(LocalDateTime.of(2027, 3, day, 18, 0), BERLIN),
					SessionStatus.SCHEDULED, null));
		}
		sessions
			.add(session(ZonedDateTime.of(LocalDateTime.of(2027, 4, 4, 18, 0), BERLIN), SessionStatus.SCHEDULED, null));
		return sessions;
	}

	static CalendarDocument.Viewer client(ZoneId zone) {
		return new CalendarDocument.Viewer(CLIENT, zone, Locale.ENGLISH, false, false);
	}

	static CalendarDocument.Viewer therapist(boolean showClientNames) {
		return new CalendarDocument.Viewer(THERAPIST, BERLIN, Locale.ENGLISH, true, showClientNames);
	}

	String render(CalendarDocument.Viewer viewer, List<SessionView> sessions) {
		return this.document.render(viewer, sessions, (id) -> Optional.ofNullable(NAMES.get(id)), NOW);
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT);
	}

	static String value(PropertyListAccessor container, String property) {
		Optional<Property> found = container.getProperty(property);
		return found.map(Property::getValue).orElse(null);
	}

	static ZonedDateTime start(VEvent event) {
		DtStart<Temporal> start = event.getProperty(Property.DTSTART).map((p) -> (DtStart<Temporal>) p).orElseThrow();
		return (ZonedDateTime) start.getDate();
	}

	static String tzid(VEvent event, String property) {
		Optional<Property> found = event.getProperty(property);
		return found.flatMap((p) -> p.<Parameter>getParameter(Parameter.TZID)).map(Parameter::getValue).orElse(null);
	}

	static VEvent eventOf(Calendar calendar, SessionView session) {
		return events(calendar).stream()
			.filter((e) -> (session.id() + "@between").equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theCalendarSaysWhoMadeItAndEachSessionIsOneEventWithAStableUid() throws Exception {
		List<SessionView> sessions = weeklyAroundTheChange();
		Calendar calendar = parse(render(client(BERLIN), sessions));
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Between//Sessions//EN");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(events(calendar)).hasSize(3);
		for (SessionView session : sessions) {
			VEvent event = eventOf(calendar, session);
			assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270301T090000Z");
			assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
			assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
			assertThat(value(event, Property.URL)).isEqualTo("https://between.example/sessions/" + session.id());
		}
	}

	@Test
	void eachZoneComesWithItsVtimezone() throws Exception {
		for (ZoneId zone : List.of(BERLIN, NEW_YORK)) {
			Calendar calendar = parse(render(client(zone), weeklyAroundTheChange()));
			List<CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
			assertThat(zones).hasSize(1);
			assertThat(value(zones.get(0), Property.TZID)).isEqualTo(zone.getId());
			for (VEvent event : events(calendar)) {
				assertThat(tzid(event, Property.DTSTART)).isEqualTo(zone.getId());
				assertThat(tzid(event, Property.DTEND)).isEqualTo(zone.getId());
			}
		}
	}

	@Test
	void aWeeklyBerlinSessionStaysAt18LocalAcrossTheChangeWhileItsInstantMoves() throws Exception {
		List<SessionView> sessions = weeklyAroundTheChange();
		Calendar calendar = parse(render(therapist(false), sessions));
		List<Instant> instants = new ArrayList<>();
		for (SessionView session : sessions) {
			ZonedDateTime start = start(eventOf(calendar, session));
			assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
			assertThat(start.toInstant()).isEqualTo(session.startsAt());
			instants.add(start.toInstant());
		}
		assertThat(instants).containsExactly(Instant.parse("2027-03-21T17:00:00Z"),
				Instant.parse("2027-03-28T16:00:00Z"), Instant.parse("2027-04-04T16:00:00Z"));
	}

	@Test
	void theNewYorkClientSeesTheSameInstantsInNewYorkTime() throws Exception {
		List<SessionView> sessions = weeklyAroundTheChange();
		Calendar calendar = parse(render(client(NEW_YORK), sessions));
		List<LocalTime> local = new ArrayList<>();
		for (SessionView session : sessions) {
			VEvent event = eventOf(calendar, session);
			ZonedDateTime start = start(event);
			assertThat(start.toInstant()).isEqualTo(session.startsAt());
			assertThat(tzid(event, Property.DTSTART)).isEqualTo("America/New_York");
			local.add(start.toLocalTime());
		}
		// New York changed on 14 March, Berlin on 28 March: 13:00 before, 12:00 after.
		assertThat(local).containsExactly(LocalTime.of(13, 0), LocalTime.of(12, 0), LocalTime.of(12, 0));
	}

	@Test
	void aCancelledSessionStaysInTheFeedMarkedCancelledWithAHigherSequence() throws Exception {
		SessionView cancelled = session(ZonedDateTime.of(2027, 3, 21, 18, 0, 0, 0, BERLIN),
				SessionStatus.CANCELLED_BY_CLIENT, "https://video.example/room");
		SessionView byTherapist = session(ZonedDateTime.of(2027, 3, 28, 18, 0, 0, 0, BERLIN),
				SessionStatus.CANCELLED_BY_THERAPIST, null);
		Calendar calendar = parse(render(client(BERLIN), List.of(cancelled, byTherapist)));
		for (SessionView session : List.of(cancelled, byTherapist)) {
			VEvent event = eventOf(calendar, session);
			assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
			assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isGreaterThan(0);
			assertThat(value(event, Property.SUMMARY)).startsWith("Cancelled: ");
		}
		// A cancelled session's video room is not offered any more.
		assertThat(value(eventOf(calendar, cancelled), Property.DESCRIPTION)).doesNotContain("video.example");
	}

	@Test
	void theVideoLinkAndTheSessionPageAreInTheDescription() throws Exception {
		SessionView session = session(ZonedDateTime.of(2027, 3, 21, 18, 0, 0, 0, BERLIN), SessionStatus.SCHEDULED,
				"https://video.example/room?id=1&pw=x");
		String description = value(eventOf(parse(render(client(BERLIN), List.of(session))), session),
				Property.DESCRIPTION);
		assertThat(description).contains("Video link: https://video.example/room?id=1&pw=x")
			.contains("https://between.example/sessions/" + session.id());
	}

	@Test
	void theClientSeesTheTherapistsName() throws Exception {
		Calendar calendar = parse(render(client(BERLIN), weeklyAroundTheChange()));
		assertThat(events(calendar)).allSatisfy(
				(event) -> assertThat(value(event, Property.SUMMARY)).isEqualTo("Session with Dr. Hanna Weber"));
	}

	@Test
	void theTherapistsFeedNamesNoClientUnlessTheyOptedIn() throws Exception {
		List<SessionView> sessions = weeklyAroundTheChange();
		String hidden = render(therapist(false), sessions);
		assertThat(events(parse(hidden)))
			.allSatisfy((event) -> assertThat(value(event, Property.SUMMARY)).isEqualTo("Session"));
		assertThat(hidden).doesNotContain("Ana").doesNotContain("Lopez");

		Calendar shown = parse(render(therapist(true), sessions));
		assertThat(events(shown))
			.allSatisfy((event) -> assertThat(value(event, Property.SUMMARY)).isEqualTo("Session with Ana Lopez"));
	}

	@Test
	void nothingClinicalEverReachesTheFeed() throws Exception {
		List<SessionView> sessions = new ArrayList<>(weeklyAroundTheChange());
		sessions
			.add(session(ZonedDateTime.of(2027, 3, 14, 18, 0, 0, 0, BERLIN), SessionStatus.CANCELLED_BY_CLIENT, null));
		sessions.add(session(ZonedDateTime.of(2027, 3, 7, 18, 0, 0, 0, BERLIN), SessionStatus.NO_SHOW, null));
		String ics = render(client(BERLIN), sessions);
		// The cancellation reason, fee and ruling stay in Between.
		assertThat(ics).doesNotContainIgnoringCase("panic")
			.doesNotContainIgnoringCase("unsafe")
			.doesNotContain("80.00")
			.doesNotContain("EUR")
			.doesNotContainIgnoringCase("late")
			.doesNotContainIgnoringCase("no_show")
			.doesNotContainIgnoringCase("no-show");
		for (VEvent event : events(parse(ics))) {
			List<String> names = event.getProperties().stream().map(Property::getName).toList();
			assertThat(names).containsOnly("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "SEQUENCE", "URL",
					"DESCRIPTION");
		}
	}

	@Test
	void specialCharactersInNamesAreEscapedAndComeBackUnchanged() throws Exception {
		String name = "Zoë \"Z\" O'Neil; Smith, Jr. \\ 北\nsecond line";
		List<SessionView> sessions = weeklyAroundTheChange();
		String ics = this.document.render(therapist(true), sessions,
				(id) -> Optional.of(id.equals(CLIENT) ? name : "x"), NOW);
		Calendar calendar = parse(ics);
		assertThat(events(calendar)).hasSize(3)
			.allSatisfy((event) -> assertThat(value(event, Property.SUMMARY)).isEqualTo("Session with " + name));
		assertThat(ics).contains("O'Neil\\; Smith\\, Jr. \\\\ 北\\nsecond line");
	}

	@Test
	void anEmptyFeedIsStillAValidCalendar() throws Exception {
		Calendar calendar = parse(render(client(BERLIN), List.of()));
		assertThat(events(calendar)).isEmpty();
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Between//Sessions//EN");
	}

	@Test
	void aZoneWithoutDefinitionFallsBackToUtcTimes() throws Exception {
		List<SessionView> sessions = weeklyAroundTheChange();
		Calendar calendar = parse(render(client(ZoneId.of("UTC")), sessions));
		for (SessionView session : sessions) {
			VEvent event = eventOf(calendar, session);
			Temporal start = event.getProperty(Property.DTSTART)
				.map((p) -> ((DtStart<Temporal>) p).getDate())
				.orElseThrow();
			assertThat(Instant.from(start)).isEqualTo(session.startsAt());
		}
	}

	/** Away Monday 29 March to Sunday 11 April 2027 in Berlin, covered by Dr Lee. */
	static Absence away(String coverName) {
		return new Absence(UUID.randomUUID(), THERAPIST, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 11), BERLIN,
				(coverName != null) ? UUID.randomUUID() : null, coverName, "Call the practice on 030 1234",
				"I'm here, and I think of you. Your panic plan is in the drawer.", false,
				Instant.parse("2027-03-01T09:00:00Z"), null, null);
	}

	static VEvent awayEventOf(Calendar calendar, Absence absence) {
		return events(calendar).stream()
			.filter((e) -> ("absence-" + absence.id() + "@between").equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow();
	}

	static String valueType(VEvent event, String property) {
		Optional<Property> found = event.getProperty(property);
		return found.flatMap((p) -> p.<Parameter>getParameter(Parameter.VALUE)).map(Parameter::getValue).orElse(null);
	}

	@Test
	void timeAwayIsOneAllDayEventFromItsFirstDayToTheDayAfterItsLast() throws Exception {
		Absence absence = away("Dr Lee");
		for (CalendarDocument.Viewer viewer : List.of(client(BERLIN), client(NEW_YORK), therapist(false))) {
			String ics = this.document.render(viewer, weeklyAroundTheChange(), List.of(absence),
					(id) -> Optional.ofNullable(NAMES.get(id)), NOW);
			VEvent event = awayEventOf(parse(ics), absence);
			// The therapist's days, as dates without a zone, wherever the reader lives.
			assertThat(value(event, Property.DTSTART)).isEqualTo("20270329");
			assertThat(value(event, Property.DTEND)).isEqualTo("20270412");
			assertThat(valueType(event, Property.DTSTART)).isEqualTo("DATE");
			assertThat(valueType(event, Property.DTEND)).isEqualTo("DATE");
			assertThat(tzid(event, Property.DTSTART)).isNull();
			assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
			assertThat(ics).contains("DTSTART;VALUE=DATE:20270329");
		}
	}

	@Test
	void theClientReadsYourTherapistIsAwayWithTheCoverAndALinkHomeAndNothingElse() throws Exception {
		Absence absence = away("Dr Lee");
		String ics = this.document.render(client(NEW_YORK), List.of(), List.of(absence), (id) -> Optional.empty(), NOW);
		VEvent event = awayEventOf(parse(ics), absence);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Your therapist is away");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo(
				"Covering: Dr Lee\nWhat you can do while your therapist is away, in Between: https://between.example/");
		assertThat(value(event, Property.URL)).isEqualTo("https://between.example/");
		// The note and how to reach the cover stay in Between.
		assertThat(ics).doesNotContainIgnoringCase("panic")
			.doesNotContain("030 1234")
			.doesNotContain("I'm here")
			.doesNotContain("think of you");
		List<String> names = event.getProperties().stream().map(Property::getName).toList();
		assertThat(names).containsOnly("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "TRANSP", "URL", "DESCRIPTION");
	}

	@Test
	void theTherapistReadsAwayWithALinkToTheirTimeAwayAndNoCoverLineWithoutOne() throws Exception {
		Absence absence = away(null);
		VEvent event = awayEventOf(parse(
				this.document.render(therapist(false), List.of(), List.of(absence), (id) -> Optional.empty(), NOW)),
				absence);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Away");
		assertThat(value(event, Property.DESCRIPTION))
			.isEqualTo("Your time away in Between: https://between.example/absences");
		assertThat(value(event, Property.UID)).isEqualTo("absence-" + absence.id() + "@between");
	}

}
