package org.between.endings;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * On a client's home from the moment an ending is proposed: the last day, how many
 * sessions are left, for an unplanned ending why it is sooner, and a link to
 * {@code /ending}. After the link ended, for {@value #AFTER_DAYS} days, one calm line
 * that the work has ended and that everything of theirs stays. Nothing counts down.
 */
@Component
class EndingHomeCard implements HomeCard {

	/** First: an ending changes more for a client than anything else on the page. */
	static final int ORDER = 3;

	static final int AFTER_DAYS = 30;

	private final Endings endings;

	private final Accounts accounts;

	private final Clock clock;

	EndingHomeCard(Endings endings, Accounts accounts, Clock clock) {
		this.endings = endings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		return this.endings.forClient(user)
			.filter((e) -> e.open() || e.closedAt().plus(Duration.ofDays(AFTER_DAYS)).isAfter(this.clock.instant()))
			.map((e) -> {
				Map<String, Object> model = new HashMap<>();
				model.put("ending", e);
				model.put("lastDay",
						DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", user.locale()).format(e.lastSessionDate()));
				model.put("therapistName", this.accounts.displayName(e.therapistId()).orElse(""));
				return new Card("endings/cards", "ending", model, ORDER);
			});
	}

}
