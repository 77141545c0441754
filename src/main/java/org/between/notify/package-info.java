/**
 * The e-mail outbox and its sender; depends on no other module.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = {})
package org.between.notify;

import org.springframework.modulith.ApplicationModule;
