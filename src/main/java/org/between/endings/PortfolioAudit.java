package org.between.endings;

import org.between.accounts.AuditAction;

/**
 * What the portfolio writes to the audit log; the client reads each on their access log
 * ({@code audit.action.<name>}).
 */
enum PortfolioAudit implements AuditAction {

	/** The client let their therapist read their portfolio. */
	PORTFOLIO_SHARED,

	/** The client stopped letting their therapist read it. */
	PORTFOLIO_UNSHARED,

	/**
	 * The therapist wrote, changed or took back their letter in the client's portfolio.
	 */
	PORTFOLIO_LETTER_WRITTEN,

	/** The therapist read the portfolio the client shares with them. */
	PORTFOLIO_READ

}
