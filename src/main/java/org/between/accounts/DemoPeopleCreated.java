package org.between.accounts;

import java.util.UUID;

/**
 * The demo profile has just created its therapist and client (linked), so that other
 * modules can add their own demo content (a practice policy, sessions) without accounts
 * knowing about them. Published once, inside the creating transaction.
 */
public record DemoPeopleCreated(UUID therapistId, UUID clientId) {

}
