package org.between.endings;

import java.util.List;
import java.util.UUID;

/**
 * Things a client chose to keep in their carry-forward portfolio from another module (a
 * bridge note after a session, …). A module that lets a client keep something implements
 * this as a bean; the portfolio shows every source's items as one section, newest first,
 * and prints them in its PDF. The endings module depends on none of them (the
 * {@code accounts.HomeCard} pattern).
 */
public interface PortfolioKeepsakes {

	/**
	 * What the client kept, only what they chose themselves; an empty list when nothing.
	 * The portfolio calls it for the client themselves and, while the client shares the
	 * portfolio, for their linked therapist's read (which the portfolio audits).
	 */
	List<PortfolioKeepsake> keptBy(UUID clientId);

}
