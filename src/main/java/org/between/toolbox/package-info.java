/**
 * Coping skills: the built-in ones, the client's own and the therapist's, practising, the
 * ranking.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "accounts", "checkin", "safety", "shared", "shared :: web" })
package org.between.toolbox;

import org.springframework.modulith.ApplicationModule;
