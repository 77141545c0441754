package org.between.measures;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * A calm note on the client's home when a questionnaire their therapist asked for is due.
 * It never counts days or says "overdue".
 */
@Component
class MeasuresDueCard implements HomeCard {

	private final Measures measures;

	MeasuresDueCard(Measures measures) {
		this.measures = measures;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		List<Measures.MeasureSummary> due = this.measures.due(user, user.locale());
		if (due.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Card("measures/cards", "due", Map.of("measures", due), 30));
	}

}
