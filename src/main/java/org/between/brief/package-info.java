/**
 * The therapist's pre-session brief: what the client shares since the last held session,
 * read through the other modules' facades; the therapist's day on their home page and the
 * client's summary page ({@link org.between.brief.TherapistDay}).
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "absences", "accounts", "checkin", "journal", "measures", "messages",
		"policy", "safety", "sessions", "shared", "toolbox" })
package org.between.brief;

import org.springframework.modulith.ApplicationModule;
