/**
 * The private iCalendar feed of a person's sessions: a leaf that reads sessions. Tables
 * keep their {@code frame_} names.
 */
@ApplicationModule(allowedDependencies = { "accounts", "sessions" })
package org.between.calendar;

import org.springframework.modulith.ApplicationModule;
