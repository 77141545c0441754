/**
 * Secure messages between a client and their therapist, kept to the contact agreement: a
 * message in an agreed category, while an agreement is in force, is delivered with the
 * moment an answer is due ({@code respondBy}); any other message is kept as a journal
 * entry marked for the next session, never lost. {@link org.between.messages.Messages} is
 * the facade.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses; {@code ModularityTests}
 * fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "absences", "accounts", "contact", "journal", "notify", "reminders",
		"safety", "shared", "shared :: web" })
package org.between.messages;

import org.springframework.modulith.ApplicationModule;
