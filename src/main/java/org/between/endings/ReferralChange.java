package org.between.endings;

/**
 * A change to a referral: a status further on (either side), or whether the former
 * therapist may see the status after the ending (the client only). Null fields stay.
 */
public record ReferralChange(ReferralStatus status, Boolean keepVisibleToTherapist) {
}
