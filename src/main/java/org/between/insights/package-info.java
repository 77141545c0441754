/**
 * Self-reliance and in-between analytics, read through other modules' facades; owns no
 * primary data.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(
		allowedDependencies = { "absences", "accounts", "checkin", "sessions", "shared", "shared :: web", "toolbox" })
package org.between.insights;

import org.springframework.modulith.ApplicationModule;
