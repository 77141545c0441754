package org.between.checkin;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stored check-in, as the store reads and writes it. It never leaves the module:
 * others see a {@link CheckinView} (its client) or a {@link CheckinSummary} (other
 * modules).
 */
record Checkin(UUID id, UUID clientId, Instant at, Instant recordedAt, int mood, int distress, List<Emotion> emotions,
		Map<Urge, Integer> urges, TurnedTo firstTurnedTo, List<CheckinAction> actions, String note,
		boolean riskFlagged) {

	Checkin {
		emotions = List.copyOf(emotions);
		urges = allUrges(urges);
		actions = List.copyOf(actions);
	}

	CheckinView view() {
		return new CheckinView(this.id, this.at, this.recordedAt, this.mood, this.distress, this.emotions, this.urges,
				this.firstTurnedTo, this.actions, this.note, this.riskFlagged);
	}

	CheckinSummary summary() {
		return new CheckinSummary(this.id, this.at, this.mood, this.distress, this.emotions, this.urges,
				this.firstTurnedTo, this.actions, this.riskFlagged);
	}

	/** Every urge in the order of {@link Urge}, 0 where none was given; unmodifiable. */
	static Map<Urge, Integer> allUrges(Map<Urge, Integer> given) {
		EnumMap<Urge, Integer> all = new EnumMap<>(Urge.class);
		for (Urge urge : Urge.values()) {
			Integer value = (given != null) ? given.get(urge) : null;
			all.put(urge, (value != null) ? value : 0);
		}
		return Collections.unmodifiableMap(all);
	}

	static int highest(Map<Urge, Integer> urges) {
		return urges.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

}
