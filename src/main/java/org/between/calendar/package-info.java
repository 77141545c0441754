/**
 * The private iCalendar feed of a person's sessions and time away: a leaf that reads
 * sessions and absences. Tables keep their {@code frame_} names.
 */
@ApplicationModule(allowedDependencies = { "absences", "accounts", "sessions", "shared" })
package org.between.calendar;

import org.springframework.modulith.ApplicationModule;
