package org.between.endings;

import java.time.Instant;
import java.util.UUID;

/**
 * What a former therapist sees of a referral after the ending, when the client lets them:
 * whose it was (the name they knew), its status and since when. Nothing else: not the
 * referral's name, contact or note.
 */
public record FormerReferral(UUID id, String clientName, ReferralStatus status, Instant statusChangedAt) {
}
