/**
 * A therapist's time away: announced with notice (unless an emergency), with a covering
 * colleague and how to reach them, a message to clients; the sessions inside are
 * cancelled by the therapist and come back when the absence is withdrawn before it
 * begins. Clients see it on their home page and are told by e-mail. Each client may make
 * a break plan ({@link org.between.absences.BreakPlans}) and share it with their
 * therapist, or with the covering colleague for the days of the absence only
 * ({@link org.between.absences.Covering}).
 */
@ApplicationModule(
		allowedDependencies = { "accounts", "notify", "safety", "sessions", "shared", "shared :: web", "toolbox" })
package org.between.absences;

import org.springframework.modulith.ApplicationModule;
