package org.between.endings;

/**
 * A referral as the therapist records it: who (a person or a service), how to reach them
 * and a note for the client; the name is required.
 */
public record ReferralRequest(String name, String contact, String note) {
}
