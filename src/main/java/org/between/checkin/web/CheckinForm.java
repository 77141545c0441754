package org.between.checkin.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.checkin.CheckinAction;
import org.between.checkin.CheckinView;
import org.between.checkin.NewCheckin;
import org.between.checkin.Urge;
import org.springframework.util.MultiValueMap;

/**
 * The check-in form as the browser sends it, kept as text so that a page with a mistake
 * shows everything the client chose again. {@code whenShown} is the time the form showed
 * as "now": when {@code when} still says that, the check-in is for the moment it is
 * saved.
 */
record CheckinForm(String mood, String distress, List<String> emotions, Map<String, String> urges, String firstTurnedTo,
		boolean usedSkill, String skillId, boolean reachedOut, String reachedOutTo, boolean waited, boolean actedOnUrge,
		String actedOnUrgeWhich, String note, String when, String whenShown) {

	/** {@code datetime-local} values: minutes, no zone. */
	static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** Stands for a value that is not a number, so that the rules name its field. */
	private static final int NOT_A_NUMBER = -1;

	/** A fresh form: no mood or distress chosen yet, every urge at 0, "when" now. */
	static CheckinForm empty(Instant now, ZoneId zone) {
		String shown = local(now, zone);
		Map<String, String> urges = new LinkedHashMap<>();
		for (Urge urge : Urge.values()) {
			urges.put(urge.name(), "0");
		}
		return new CheckinForm("", "", List.of(), urges, "", false, "", false, "", false, false, "", "", shown, shown);
	}

	/**
	 * The form filled in with a stored check-in, to correct it; "when" shows its moment,
	 * and a "when" left as shown keeps that moment to the microsecond.
	 */
	static CheckinForm of(CheckinView c, ZoneId zone) {
		Map<String, String> urges = new LinkedHashMap<>();
		c.urges().forEach((urge, value) -> urges.put(urge.name(), String.valueOf(value)));
		String skillId = "";
		String reachedOutTo = "";
		String actedOn = "";
		boolean waited = false;
		for (CheckinAction a : c.actions()) {
			switch (a.type()) {
				case USED_SKILL -> skillId = a.skillId().toString();
				case REACHED_OUT -> reachedOutTo = a.to().name();
				case WAITED_FOR_SESSION -> waited = true;
				case ACTED_ON_URGE -> actedOn = a.urge().name();
			}
		}
		String shown = local(c.at(), zone);
		return new CheckinForm(String.valueOf(c.mood()), String.valueOf(c.distress()),
				c.emotions().stream().map(Enum::name).toList(), urges,
				(c.firstTurnedTo() != null) ? c.firstTurnedTo().name() : "", !skillId.isEmpty(), skillId,
				!reachedOutTo.isEmpty(), reachedOutTo, waited, !actedOn.isEmpty(), actedOn,
				(c.note() != null) ? c.note() : "", shown, shown);
	}

	static CheckinForm of(MultiValueMap<String, String> params) {
		Map<String, String> urges = new LinkedHashMap<>();
		for (Urge urge : Urge.values()) {
			urges.put(urge.name(), text(params, "urge-" + urge.name(), "0"));
		}
		List<String> emotions = params.getOrDefault("emotions", List.of());
		return new CheckinForm(text(params, "mood", ""), text(params, "distress", ""), List.copyOf(emotions), urges,
				text(params, "firstTurnedTo", ""), ticked(params, "usedSkill"), text(params, "skillId", ""),
				ticked(params, "reachedOut"), text(params, "reachedOutTo", ""), ticked(params, "waited"),
				ticked(params, "actedOnUrge"), text(params, "actedOnUrgeWhich", ""), text(params, "note", ""),
				text(params, "when", ""), text(params, "whenShown", ""));
	}

	/**
	 * The check-in to record, and for each of its actions the form control a mistake in
	 * it points to. Choosing a skill, a person or an urge counts as ticking its box.
	 */
	Submission submission(ZoneId zone) {
		Map<String, Integer> urgeValues = new LinkedHashMap<>();
		this.urges.forEach((name, value) -> urgeValues.put(name, number(value, 0)));
		List<NewCheckin.Action> actions = new ArrayList<>();
		List<String> anchors = new ArrayList<>();
		if (this.usedSkill || !this.skillId.isBlank()) {
			actions.add(new NewCheckin.Action("USED_SKILL", blankToNull(this.skillId), null, null));
			anchors.add("skillId");
		}
		if (this.reachedOut || !this.reachedOutTo.isBlank()) {
			actions.add(new NewCheckin.Action("REACHED_OUT", null, blankToNull(this.reachedOutTo), null));
			anchors.add("reachedOutTo");
		}
		if (this.waited) {
			actions.add(new NewCheckin.Action("WAITED_FOR_SESSION", null, null, null));
			anchors.add("waited");
		}
		if (this.actedOnUrge || !this.actedOnUrgeWhich.isBlank()) {
			actions.add(new NewCheckin.Action("ACTED_ON_URGE", null, null, blankToNull(this.actedOnUrgeWhich)));
			anchors.add("actedOnUrgeWhich");
		}
		NewCheckin checkin = new NewCheckin(at(zone), number(this.mood, null), number(this.distress, null),
				this.emotions, urgeValues, blankToNull(this.firstTurnedTo), actions, this.note);
		return new Submission(checkin, anchors);
	}

	/**
	 * {@link #submission} for a correction: the form holds the whole check-in, so "skip
	 * this" clears whom the client turned to first instead of keeping it.
	 */
	Submission correction(ZoneId zone) {
		Submission s = submission(zone);
		NewCheckin c = s.checkin();
		return new Submission(
				new NewCheckin(c.at(), c.mood(), c.distress(), c.emotions(), c.urges(),
						(c.firstTurnedTo() != null) ? c.firstTurnedTo() : "", c.actions(), c.note()),
				s.actionAnchors());
	}

	/** Null (now) while "when" still shows the time the form was opened. */
	private String at(ZoneId zone) {
		if (this.when.isBlank() || this.when.equals(this.whenShown)) {
			return null;
		}
		try {
			return LocalDateTime.parse(this.when).atZone(zone).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			// Not a time: the rules name the field.
			return this.when;
		}
	}

	static String local(Instant instant, ZoneId zone) {
		return LOCAL_MINUTES.format(instant.truncatedTo(ChronoUnit.MINUTES).atZone(zone));
	}

	private static Integer number(String text, Integer blank) {
		if (text == null || text.isBlank()) {
			return blank;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return NOT_A_NUMBER;
		}
	}

	private static String text(MultiValueMap<String, String> params, String name, String missing) {
		String value = params.getFirst(name);
		return (value != null) ? value : missing;
	}

	private static boolean ticked(MultiValueMap<String, String> params, String name) {
		return params.containsKey(name);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** What goes to the facade, and the form control of each action in order. */
	record Submission(NewCheckin checkin, List<String> actionAnchors) {
	}

}
