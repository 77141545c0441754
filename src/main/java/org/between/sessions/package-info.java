/**
 * Standing appointments and sessions: booking, cancellations and their rulings under the
 * policy in force, attendance, punctuality and the next-session card. Tables keep their
 * {@code frame_} names.
 */
@ApplicationModule(
		allowedDependencies = { "accounts", "notify", "policy", "reminders", "shared", "shared :: web", "toolbox" })
package org.between.sessions;

import org.springframework.modulith.ApplicationModule;
