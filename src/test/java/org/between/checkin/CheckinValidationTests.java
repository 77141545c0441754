package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.between.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a check-in without Spring: every bad field is named, good ones pass. */
class CheckinValidationTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:15:00.123456Z");

	static final UUID MY_SKILL = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

	@Test
	void theSmallestCheckInIsMoodAndDistress() {
		var result = check(new NewCheckin(null, 0, 10, null, null, null, null, null));

		assertThat(result.problems()).isEmpty();
		assertThat(result.checkin().at()).isEqualTo(NOW);
		assertThat(result.checkin().urges()).isEmpty();
		assertThat(result.checkin().emotions()).isEmpty();
		assertThat(result.checkin().actions()).isEmpty();
		assertThat(result.checkin().note()).isNull();
	}

	@Test
	void everythingFilledInIsKept() {
		var result = check(new NewCheckin("2026-11-22T11:00:00+01:00", 4, 7, List.of("LONELY", "SAD", "SAD"),
				Map.of("BINGE_PURGE", 2, "CONTACT_THERAPIST", 5), "FRIEND",
				List.of(new NewCheckin.Action("USED_SKILL", MY_SKILL.toString(), null, null),
						new NewCheckin.Action("REACHED_OUT", null, "THERAPIST", null),
						new NewCheckin.Action("WAITED_FOR_SESSION", null, null, null),
						new NewCheckin.Action("ACTED_ON_URGE", null, null, "BINGE_PURGE")),
				"  ein Tag 🌧️ \n"));

		assertThat(result.problems()).isEmpty();
		var c = result.checkin();
		assertThat(c.at()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
		assertThat(c.emotions()).containsExactly(Emotion.SAD, Emotion.LONELY);
		assertThat(c.urges()).containsEntry(Urge.BINGE_PURGE, 2).containsEntry(Urge.CONTACT_THERAPIST, 5);
		assertThat(c.firstTurnedTo()).isEqualTo(TurnedTo.FRIEND);
		assertThat(c.actions()).containsExactly(CheckinAction.usedSkill(MY_SKILL),
				CheckinAction.reachedOut(TurnedTo.THERAPIST), CheckinAction.waitedForSession(),
				CheckinAction.actedOnUrge(Urge.BINGE_PURGE));
		assertThat(c.note()).isEqualTo("  ein Tag 🌧️ \n");
	}

	@Test
	void atMayBeExactlySevenDaysBackButNotAMinuteMoreNorInTheFuture() {
		assertThat(check(at(NOW.minus(Duration.ofDays(7)))).problems()).isEmpty();
		assertThat(fields(check(at(NOW.minus(Duration.ofDays(7)).minusSeconds(60))))).containsExactly("at");
		assertThat(fields(check(at(NOW.plusSeconds(60))))).containsExactly("at");
		assertThat(check(at(NOW.plusSeconds(60))).problems().get(0).messageKey()).isEqualTo("checkin.at.future");
		assertThat(fields(check(new NewCheckin("yesterday", 1, 1, null, null, null, null, null))))
			.containsExactly("at");
	}

	@Test
	void aNoteOf2000CharactersFitsAndOneMoreDoesNot() {
		assertThat(check(note("a".repeat(2000))).problems()).isEmpty();
		// Characters are code points: 2 000 emoji are 4 000 UTF-16 units and still fit.
		assertThat(check(note("🌧".repeat(2000))).problems()).isEmpty();
		assertThat(fields(check(note("a".repeat(2001))))).containsExactly("note");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		Map<String, Integer> urges = new LinkedHashMap<>();
		urges.put("SELF_HARM", 6);
		urges.put("JOY", 1);
		urges.put("SUBSTANCES", null);
		List<NewCheckin.Action> actions = new ArrayList<>();
		actions.add(new NewCheckin.Action("USED_SKILL", UUID.randomUUID().toString(), null, null));
		actions.add(new NewCheckin.Action("USED_SKILL", "not-an-id", null, null));
		actions.add(new NewCheckin.Action("USED_SKILL", null, null, null));
		actions.add(new NewCheckin.Action("REACHED_OUT", null, "NOBODY", null));
		actions.add(new NewCheckin.Action("REACHED_OUT", null, null, null));
		actions.add(new NewCheckin.Action("ACTED_ON_URGE", null, null, "JOY"));
		actions.add(new NewCheckin.Action("WAITED_FOR_SESSION", MY_SKILL.toString(), null, null));
		actions.add(new NewCheckin.Action("DANCED", null, null, null));
		actions.add(null);

		var result = check(new NewCheckin(NOW.plus(Duration.ofHours(1)).toString(), -1, 11,
				List.of("SAD", "HAPPY", "sad"), urges, "DOG", actions, "x".repeat(2001)));

		assertThat(fields(result)).containsExactlyInAnyOrder("at", "mood", "distress", "emotions[1]", "emotions[2]",
				"urges.SELF_HARM", "urges.JOY", "urges.SUBSTANCES", "firstTurnedTo", "actions[0].skillId",
				"actions[1].skillId", "actions[2].skillId", "actions[3].to", "actions[4].to", "actions[5].urge",
				"actions[6].skillId", "actions[7].type", "actions[8]", "note");
		assertThat(result.checkin()).isNull();
	}

	@Test
	void missingMoodAndDistressAreNamed() {
		assertThat(fields(CheckinValidation.check(null, NOW, (id) -> true))).containsExactly("mood", "distress");
	}

	@Test
	void moreThanTwentyActionsAreRefused() {
		List<NewCheckin.Action> many = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			many.add(new NewCheckin.Action("WAITED_FOR_SESSION", null, null, null));
		}
		assertThat(fields(check(new NewCheckin(null, 5, 5, null, null, null, many, null)))).containsExactly("actions");
	}

	private static CheckinValidation.Result check(NewCheckin input) {
		return CheckinValidation.check(input, NOW, MY_SKILL::equals);
	}

	private static NewCheckin at(Instant at) {
		return new NewCheckin(at.toString(), 5, 5, null, null, null, null, null);
	}

	private static NewCheckin note(String note) {
		return new NewCheckin(null, 5, 5, null, null, null, null, note);
	}

	private static List<String> fields(CheckinValidation.Result result) {
		return result.problems().stream().map(FieldProblem::field).toList();
	}

}
