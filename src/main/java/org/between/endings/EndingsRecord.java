package org.between.endings;

/**
 * A therapist's endings in a period, for their own consistency record: how many, how many
 * unplanned, how many gave less than the usual notice, the shortest notice in days (null
 * without endings), and their referrals recorded and closed (the person arrived or chose
 * not to go).
 */
public record EndingsRecord(int endings, int unplanned, int soonerThanUsual, Integer shortestNoticeDays, int referrals,
		int referralsClosed) {
}
