/**
 * What every module may use (a shared module, see {@code BetweenApplication}): the clock,
 * problem types, input problems; its {@code web} named interface holds the web plumbing.
 * It depends on no other module.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = {})
package org.between.shared;

import org.springframework.modulith.ApplicationModule;
