package org.between.sessions;

import java.util.List;

/**
 * One client's sessions with their therapist ({@link Sessions#ofClient}): the standing
 * appointments, every session oldest first, and how they kept time.
 */
public record ClientSessions(List<StandingAppointment> standing, List<SessionView> sessions, Punctuality punctuality) {
}
