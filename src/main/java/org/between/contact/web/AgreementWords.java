package org.between.contact.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.between.contact.ContactAgreement;
import org.between.contact.ReadingHours;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Agreements in words for the pages, in the reader's language and zone. */
@Component
class AgreementWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	AgreementWords(MessageSource messages) {
		this.messages = messages;
	}

	AgreementLine line(ContactAgreement a, ZoneId readerZone) {
		return new AgreementLine(a.id(), a.status().name(), msg("contact.status." + a.status().name()),
				a.allowedCategories().stream().map((c) -> msg("contact.category." + c.name())).toList(),
				hours(a.readingHours()), msg("contact.terms.responseTime.value", a.responseTimeHours()),
				a.crisisInstructions(), a.duringAbsences(), day(a.reviewDate()), a.riskEmailAlerts(),
				moment(a.proposedAt(), readerZone), moment(a.acceptedAt(), readerZone),
				moment(a.discussedAt(), readerZone), moment(a.endedAt(), readerZone), a.discussionEntryId());
	}

	List<AgreementLine> lines(List<ContactAgreement> agreements, ZoneId readerZone) {
		return agreements.stream().map((a) -> line(a, readerZone)).toList();
	}

	/** "Monday to Friday, 09:00 to 17:00 (Europe/Berlin time)". */
	String hours(ReadingHours hours) {
		return msg("contact.terms.hours.value", days(hours.days()), TIME.format(hours.from()), TIME.format(hours.to()),
				hours.zone().getId());
	}

	/** Each day's name by its code, Monday first, for the form's boxes. */
	Map<String, String> weekdays() {
		Map<String, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name(), name(day, LocaleContextHolder.getLocale()));
		}
		return days;
	}

	/** "Monday to Friday", "Every day", "Monday, Wednesday and Friday". */
	String days(List<DayOfWeek> days) {
		Locale locale = LocaleContextHolder.getLocale();
		if (days.size() == 7) {
			return msg("contact.days.every");
		}
		boolean run = days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
		if (run && days.size() >= 3) {
			return msg("contact.days.range", name(days.get(0), locale), name(days.get(days.size() - 1), locale));
		}
		if (days.size() == 1) {
			return name(days.get(0), locale);
		}
		String head = days.subList(0, days.size() - 1)
			.stream()
			.map((d) -> name(d, locale))
			.collect(Collectors.joining(", "));
		return msg("contact.days.list", head, name(days.get(days.size() - 1), locale));
	}

	String moment(Instant at, ZoneId zone) {
		return (at != null) ? MOMENT.format(at.atZone(zone)) : null;
	}

	String day(LocalDate day) {
		return (day != null) ? DAY.format(day) : null;
	}

	private static String name(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
