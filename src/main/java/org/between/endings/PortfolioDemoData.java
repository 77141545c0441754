package org.between.endings;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.DemoPeopleCreated;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo pair's portfolio: the therapist has written their letter, so that the demo
 * client finds it on {@code /ending/portfolio} and fills in the rest (the skills that
 * helped them are pre-filled from the toolbox once they practise).
 */
@Component
@ConditionalOnProperty(name = "between.demo.enabled", havingValue = "true")
class PortfolioDemoData {

	static final String LETTER = """
			When we began, you told me you could not trust yourself on the bad evenings. Since then I have \
			watched you notice the first signs earlier each time, and do something kind about them: the \
			breathing, the walk, the message to Jo.

			That was you, not me. You can rely on it.

			If you ever want to come back, the door is open.""";

	private final Portfolios portfolios;

	private final Accounts accounts;

	PortfolioDemoData(Portfolios portfolios, Accounts accounts) {
		this.portfolios = portfolios;
		this.accounts = accounts;
	}

	@EventListener
	void onDemoPeople(DemoPeopleCreated created) {
		CurrentUser therapist = this.accounts.refresh(created.therapistId());
		this.portfolios.writeLetter(therapist, created.clientId(), LETTER);
	}

}
