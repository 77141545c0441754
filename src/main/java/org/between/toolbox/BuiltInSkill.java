package org.between.toolbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.between.toolbox.Situation.ANGER;
import static org.between.toolbox.Situation.ANXIETY;
import static org.between.toolbox.Situation.FLASHBACK;
import static org.between.toolbox.Situation.LONELINESS;
import static org.between.toolbox.Situation.LOW_MOOD;
import static org.between.toolbox.Situation.SLEEP;
import static org.between.toolbox.Situation.URGES;

/**
 * The skills every toolbox starts with. Ids are stable (practices and check-ins refer to
 * them); names and steps are in {@code messages.properties} under
 * {@code toolbox.builtin.<key>}, in our own words.
 */
enum BuiltInSkill {

	PACED_BREATHING("423b309d-f53b-4253-a2e2-ad54855b7b66", 5, Tool.PACER, ANXIETY, ANGER, FLASHBACK, SLEEP),

	GROUNDING_54321("ddcd28b2-f284-4d02-b2f2-a1c06b1351b7", 6, null, ANXIETY, FLASHBACK, ANGER),

	BODY_SCAN("d0579aa2-fa54-48c9-b3d5-c1e6a49b2992", 6, null, ANXIETY, LOW_MOOD, SLEEP),

	JOURNALING("55023278-a3c8-4724-aade-3d67443435d0", 5, null, LOW_MOOD, LONELINESS, ANGER, SLEEP),

	URGE_SURFING("8b61dd11-aa98-403c-a65d-8a081ef39068", 6, null, URGES, ANGER),

	OPPOSITE_ACTION("226e6a25-fca5-4075-b569-6bff21e95aa0", 5, null, LOW_MOOD, ANGER, URGES, LONELINESS),

	STRETCH("1f86b0f9-c728-423f-ad04-70b19b830c82", 6, null, LOW_MOOD, ANXIETY, SLEEP),

	MEDITATION_TIMER("71d2ef48-ac11-4135-a25c-3ff54f57a9f7", 5, Tool.TIMER, ANXIETY, SLEEP, LOW_MOOD),

	SELF_CARE_MENU("febec412-0683-47fb-b347-029d60bb697d", 7, null, LOW_MOOD, LONELINESS, SLEEP),

	REACH_OUT("475e7591-3fb8-4ce7-afc2-fdd2095ad61f", 5, Tool.REACH_OUT, LONELINESS, URGES, LOW_MOOD, FLASHBACK);

	private final UUID id;

	private final int steps;

	private final Tool tool;

	private final Set<Situation> tags;

	BuiltInSkill(String id, int steps, Tool tool, Situation first, Situation... rest) {
		this.id = UUID.fromString(id);
		this.steps = steps;
		this.tool = tool;
		this.tags = EnumSet.of(first, rest);
	}

	UUID id() {
		return this.id;
	}

	Tool tool() {
		return this.tool;
	}

	List<Situation> tags() {
		return List.copyOf(this.tags);
	}

	String nameKey() {
		return prefix() + ".name";
	}

	List<String> stepKeys() {
		return java.util.stream.IntStream.rangeClosed(1, this.steps).mapToObj((n) -> prefix() + ".step." + n).toList();
	}

	private String prefix() {
		return "toolbox.builtin." + name();
	}

	static Optional<BuiltInSkill> byId(UUID id) {
		for (BuiltInSkill skill : values()) {
			if (skill.id.equals(id)) {
				return Optional.of(skill);
			}
		}
		return Optional.empty();
	}

}
