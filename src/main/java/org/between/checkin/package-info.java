/**
 * "How are you right now?": the client's check-ins, their risk rules and history.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "accounts", "safety", "shared", "shared :: web" })
package org.between.checkin;

import org.springframework.modulith.ApplicationModule;
