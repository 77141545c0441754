/**
 * Questionnaires (PHQ-9, GAD-7, self-reliance): scoring, schedules, charts, the FHIR
 * export.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "accounts", "reminders", "safety", "shared", "shared :: web" })
package org.between.measures;

import org.springframework.modulith.ApplicationModule;
