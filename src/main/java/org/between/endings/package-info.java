/**
 * Endings: a planned ending with notice and an optional taper, an unplanned one with the
 * longest notice possible and a referral, referrals whose status both sides follow, and
 * the end of the link after the last session.
 */
@ApplicationModule(allowedDependencies = { "accounts", "journal", "notify", "sessions", "shared", "shared :: web" })
package org.between.endings;

import org.springframework.modulith.ApplicationModule;
