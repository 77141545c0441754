package org.between.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import org.between.absences.Absence;
import org.between.accounts.CurrentUser;
import org.between.sessions.SessionView;
import org.springframework.context.MessageSource;

/**
 * Builds the iCalendar text of one person's feed: one VEVENT per session, in the person's
 * own time zone with the matching VTIMEZONE (ical4j writes {@code TZID=} but not the
 * zone's definition; without it calendar apps guess and shift the times), and one all-day
 * VEVENT per absence. Only times, names as allowed, and links: never anything clinical.
 */
final class CalendarDocument {

	static final String PRODID = "-//Between//Sessions//EN";

	private final MessageSource messages;

	private final Supplier<String> publicUrl;

	/**
	 * @param messages the texts (summary, description) in the person's language
	 * @param publicUrl the address people reach Between at, for the link to each session
	 */
	CalendarDocument(MessageSource messages, Supplier<String> publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The feed of {@code viewer}: {@code names} answers a user's display name (the other
	 * side of each session); a therapist's feed names clients only when they opted in.
	 */
	String render(Viewer viewer, List<SessionView> sessions, Function<UUID, Optional<String>> names, Instant now) {
		return render(viewer, sessions, List.of(), names, now);
	}

	/**
	 * The feed with time away too: one all-day event for each absence given (the
	 * therapist's own, or a client's therapist's; the caller leaves out withdrawn ones).
	 */
	String render(Viewer viewer, List<SessionView> sessions, List<Absence> away, Function<UUID, Optional<String>> names,
			Instant now) {
		Calendar calendar = header(viewer);
		TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(viewer.zone().getId());
		if (zone != null) {
			calendar.add(zone.getVTimeZone());
		}
		for (SessionView session : sessions) {
			calendar.add(event(viewer, session, names, now, zone != null));
		}
		for (Absence absence : away) {
			calendar.add(awayEvent(viewer, absence, now));
		}
		return write(calendar);
	}

	/** Who made the calendar, its name, zone and how often apps should fetch it. */
	private Calendar header(Viewer viewer) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODID));
		calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		calendar.add(new XProperty("X-WR-CALNAME", text(viewer, "calendar.feed.name")));
		calendar.add(new XProperty("X-WR-TIMEZONE", viewer.zone().getId()));
		calendar.add(new RefreshInterval(new ParameterList(), Duration.ofHours(1)));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		return calendar;
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private VEvent event(Viewer viewer, SessionView session, Function<UUID, Optional<String>> names, Instant now,
			boolean zoned) {
		VEvent event = new VEvent(false);
		event.add(new Uid(session.id() + "@between"));
		event.add(new DtStamp(now));
		event.add(new DtStart<>(local(session.startsAt(), viewer.zone(), zoned)));
		event.add(new DtEnd<>(local(session.endsAt(), viewer.zone(), zoned)));
		event.add(new Summary(summary(viewer, session, names)));
		boolean cancelled = session.status().isCancelled();
		event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		// Subscribed calendars replace what they hold with each fetch; SEQUENCE tells
		// them the event changed. A session changes in one direction only (scheduled,
		// then cancelled), so its status gives a number that never goes down.
		event.add(new Sequence(cancelled ? 1 : 0));
		String page = base() + "/sessions/" + session.id();
		event.add(new Url(URI.create(page)));
		event.add(new Description(description(viewer, session, page)));
		return event;
	}

	/**
	 * Time away as an all-day event: its first day to the day after its last (DTEND is
	 * exclusive), as dates without a zone. They are the therapist's calendar days, so a
	 * client in another zone sees the same days the therapist is away. Transparent: it
	 * does not make the person look busy. "Away" for the therapist, "Your therapist is
	 * away" for a client, with the cover's name and a link: the note, the way to reach
	 * the cover and everything else stay in Between.
	 */
	private VEvent awayEvent(Viewer viewer, Absence absence, Instant now) {
		VEvent event = new VEvent(false);
		event.add(new Uid("absence-" + absence.id() + "@between"));
		event.add(new DtStamp(now));
		event.add(new DtStart<>(absence.startDate()));
		event.add(new DtEnd<>(absence.endDate().plusDays(1)));
		event.add(new Summary(text(viewer, viewer.therapist() ? "calendar.feed.away.own" : "calendar.feed.away")));
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		String page = base() + (viewer.therapist() ? "/absences" : "/");
		event.add(new Url(URI.create(page)));
		event.add(new Description(awayDescription(viewer, absence, page)));
		return event;
	}

	private String awayDescription(Viewer viewer, Absence absence, String page) {
		List<String> lines = new ArrayList<>();
		if (absence.coverName() != null && !absence.coverName().isBlank()) {
			lines.add(text(viewer, "calendar.feed.away.cover", absence.coverName().strip()));
		}
		lines.add(text(viewer, viewer.therapist() ? "calendar.feed.away.ownPage" : "calendar.feed.away.page", page));
		return String.join("\n", lines);
	}

	/** The video link (while the session is not cancelled) and the session's page. */
	private String description(Viewer viewer, SessionView session, String page) {
		List<String> lines = new ArrayList<>();
		String video = session.videoLink();
		if (!session.status().isCancelled() && video != null && !video.isBlank()) {
			lines.add(text(viewer, "calendar.feed.video", video.strip()));
		}
		lines.add(text(viewer, "calendar.feed.page", page));
		return String.join("\n", lines);
	}

	private String summary(Viewer viewer, SessionView session, Function<UUID, Optional<String>> names) {
		Optional<String> other = Optional.empty();
		if (viewer.therapist()) {
			if (viewer.showClientNames()) {
				other = names.apply(session.clientId());
			}
		}
		else {
			other = names.apply(session.therapistId());
		}
		String summary = other.filter((name) -> !name.isBlank())
			.map((name) -> text(viewer, "calendar.feed.summary.with", name.strip()))
			.orElseGet(() -> text(viewer, "calendar.feed.summary"));
		return session.status().isCancelled() ? text(viewer, "calendar.feed.cancelled", summary) : summary;
	}

	/**
	 * The instant in the person's zone (with TZID), or in UTC for a zone ical4j lacks.
	 */
	private static Temporal local(Instant instant, ZoneId zone, boolean zoned) {
		return zoned ? instant.atZone(zone) : instant;
	}

	private String text(Viewer viewer, String key, Object... args) {
		return this.messages.getMessage(key, args, viewer.locale());
	}

	/**
	 * Whose feed it is: their zone and language; for therapists, whether client names may
	 * appear.
	 */
	record Viewer(UUID userId, ZoneId zone, Locale locale, boolean therapist, boolean showClientNames) {

		/** The owner's feed; client names only for a therapist who chose to show them. */
		static Viewer of(CurrentUser owner, boolean showClientNames) {
			return new Viewer(owner.id(), owner.zone(), owner.locale(), owner.isTherapist(),
					owner.isTherapist() && showClientNames);
		}

	}

	/** Read per document: in the demo profile it follows the request (PublicLinks). */
	private String base() {
		String url = this.publicUrl.get();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
