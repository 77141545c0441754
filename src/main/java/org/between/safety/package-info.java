/**
 * Crisis lines per country, the safety plan and the safety screen that every risk path
 * leads to.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "accounts", "shared", "shared :: web" })
package org.between.safety;

import org.springframework.modulith.ApplicationModule;
