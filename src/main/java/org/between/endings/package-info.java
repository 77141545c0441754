/**
 * Endings done well (issue 14). This part: the carry-forward portfolio
 * ({@link org.between.endings.Portfolios}) — the skills that work, what the client
 * learned, their safety plan, signs that things are slipping and what they will do then,
 * how to come back, the therapist's letter and what the client chose to keep from other
 * modules ({@link org.between.endings.PortfolioKeepsakes}). It stays the client's after
 * the ending; the therapist reads it only while linked and while the client shares it.
 */
@ApplicationModule(allowedDependencies = { "accounts", "safety", "shared", "shared :: web", "toolbox" })
package org.between.endings;

import org.springframework.modulith.ApplicationModule;
