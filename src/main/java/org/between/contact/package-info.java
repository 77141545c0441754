/**
 * The contact agreement: what contact between sessions the therapist and the client
 * agreed (categories, response time, reading hours, what to do in a crisis, what changes
 * during absences, a review date, agreed risk alerts), proposed by the therapist and
 * accepted by the client or put on the next session's agenda.
 * {@link org.between.contact.ContactAgreements} is the facade;
 * {@link org.between.contact.ReadingHours} and
 * {@link org.between.contact.ResponseDeadline} are the time rules the messages build on.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses; {@code ModularityTests}
 * fails when it reaches any other module or named interface.
 */
@ApplicationModule(
		allowedDependencies = { "accounts", "journal", "notify", "reminders", "safety", "shared", "shared :: web" })
package org.between.contact;

import org.springframework.modulith.ApplicationModule;
