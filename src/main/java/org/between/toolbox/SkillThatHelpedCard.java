package org.between.toolbox;

import java.util.Map;
import java.util.Optional;

import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.stereotype.Component;

/**
 * On the client's home: the skill that has helped them most, with how often they tried
 * it, or, before there is one, a quiet invitation to look into the toolbox. Never a count
 * of days, never a reminder.
 */
@Component
class SkillThatHelpedCard implements HomeCard {

	private final Toolbox toolbox;

	SkillThatHelpedCard(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@Override
	public Optional<Card> cardFor(CurrentUser user) {
		if (!user.isClient()) {
			return Optional.empty();
		}
		Optional<RankedSkill> best = this.toolbox.ranking(user, null)
			.stream()
			.findFirst()
			.filter((r) -> r.practised() && r.estimatedReduction() > 0);
		if (best.isPresent()) {
			return Optional.of(new Card("toolbox/cards", "helped", Map.of("skill", best.get()), 40));
		}
		return Optional.of(new Card("toolbox/cards", "invitation", Map.of(), 40));
	}

}
