/**
 * The client's journal: entries encrypted at rest, shared one by one, read receipts, the
 * agenda.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "accounts", "shared", "shared :: web" })
package org.between.journal;

import org.springframework.modulith.ApplicationModule;
