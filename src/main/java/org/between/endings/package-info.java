/**
 * Endings done well (issue 14): a planned ending with notice and an optional taper, an
 * unplanned one with the longest notice possible and a referral, referrals whose status
 * both sides follow, and the end of the link after the last session
 * ({@link org.between.endings.Endings}, {@link org.between.endings.Referrals}); and the
 * carry-forward portfolio ({@link org.between.endings.Portfolios}) — the skills that
 * work, what the client learned, their safety plan, signs that things are slipping and
 * what they will do then, how to come back, the therapist's letter and what the client
 * chose to keep from other modules ({@link org.between.endings.PortfolioKeepsakes}). It
 * stays the client's after the ending; the therapist reads it only while linked and while
 * the client shares it.
 */
@ApplicationModule(allowedDependencies = { "accounts", "brief", "journal", "notify", "safety", "sessions", "shared",
		"shared :: web", "toolbox" })
package org.between.endings;

import org.springframework.modulith.ApplicationModule;
