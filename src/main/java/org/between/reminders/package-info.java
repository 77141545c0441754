/**
 * Reminders people choose: the e-mail reminders each person turned on (all off by
 * default), quiet hours, the scheduler that asks every {@link ReminderSource} what is due
 * and queues at most one e-mail per type and day through {@code notify}, and the
 * one-click unsubscribe. The modules that know the facts (sessions, measures, later
 * contact and messages) implement {@link ReminderSource}; this module knows no session or
 * questionnaire.
 */
@ApplicationModule(allowedDependencies = { "accounts", "notify", "shared", "shared :: web" })
package org.between.reminders;

import org.springframework.modulith.ApplicationModule;
