package org.between.safety;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.accounts.FirstRunCard;
import org.between.accounts.HomeCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gentle offer to write the safety plan "on a calm day": on the first-run page right
 * after sign-up, and as a quiet card on the client's home until they either write a plan
 * or say "not now" (kept in {@code safety_plan_offer}). Once declined it is never made
 * again, and nothing ever reminds anyone of it: a plan written under pressure helps less
 * than one written calmly, and a nagging offer would be pressure.
 */
@Component
public class SafetyPlanOffer implements HomeCard {

	/** After the check-in card (10), before the rest. */
	static final int ORDER = 12;

	private final SafetyPlans plans;

	private final JdbcClient jdbc;

	private final Clock clock;

	SafetyPlanOffer(SafetyPlans plans, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> cardFor(CurrentUser user) {
		return offered(user) ? Optional.of(new Card("safety/offer", "home", Map.of(), ORDER)) : Optional.empty();
	}

	/** The same offer, as the first-run page shows it. */
	Optional<Card> firstRun(CurrentUser user) {
		return offered(user) ? Optional.of(new Card("safety/offer", "welcome", Map.of(), ORDER)) : Optional.empty();
	}

	/** Whether the offer stands: a client without a plan who has not declined it. */
	@Transactional(readOnly = true)
	public boolean offered(CurrentUser user) {
		return user.isClient() && this.plans.current(user).version() == 0 && !declined(user.id());
	}

	/** "Not now": remembered, and never offered again. */
	@Transactional
	public void decline(CurrentUser client) {
		client.requireClient();
		if (!declined(client.id())) {
			this.jdbc.sql("insert into safety_plan_offer (client_id, dismissed_at) values (?, ?)")
				.params(client.id(), this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private boolean declined(UUID clientId) {
		return this.jdbc.sql("select count(*) from safety_plan_offer where client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The first-run side, a bean of its own so that each interface has one method. */
	@Component
	static class OnFirstRun implements FirstRunCard {

		private final SafetyPlanOffer offer;

		OnFirstRun(SafetyPlanOffer offer) {
			this.offer = offer;
		}

		@Override
		@Transactional(readOnly = true)
		public Optional<Card> cardFor(CurrentUser user) {
			return this.offer.firstRun(user);
		}

	}

}
