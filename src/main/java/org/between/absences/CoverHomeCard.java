package org.between.absences;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * On a therapist's home, while they cover a colleague's time away that has not ended:
 * whose and which days, and the way to {@code /cover}, where the clients who share with
 * them appear during the days. No names of clients on the card.
 */
@Component
class CoverHomeCard implements HomeCard {

	/** Near the top, as a client's card for time away. */
	static final int ORDER = 6;

	private final Covering covering;

	CoverHomeCard(Covering covering) {
		this.covering = covering;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		List<CoveredAbsence> covered = this.covering.comingOrRunning(user);
		if (covered.isEmpty()) {
			return Optional.empty();
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", user.locale());
		List<Map<String, Object>> lines = covered.stream()
			.map((a) -> Map.<String, Object>of("name", a.therapistName(), "from", day.format(a.startDate()), "to",
					day.format(a.endDate()), "now", a.now()))
			.toList();
		return Optional.of(new Card("absences/cover-card", "cover", Map.of("absences", lines), ORDER));
	}

}
