package org.between.endings;

/**
 * Where a referral stands, forward only: suggested → contacted → first session held, or
 * declined from either of the first two. A referral is closed once the first session was
 * held or it was declined. Forward only, because each step is something that happened:
 * taking one back would rewrite what both sides saw.
 */
public enum ReferralStatus {

	SUGGESTED(0), CONTACTED(1), FIRST_SESSION_HELD(2), DECLINED(2);

	private final int step;

	ReferralStatus(int step) {
		this.step = step;
	}

	/** Whether nothing follows: the person arrived somewhere, or chose not to go. */
	public boolean closed() {
		return this == FIRST_SESSION_HELD || this == DECLINED;
	}

	/**
	 * Whether a referral at this status may move to {@code next}: forward only, never
	 * from a closed status, declining at any open step.
	 */
	public boolean mayMoveTo(ReferralStatus next) {
		return next != null && !closed() && next.step > this.step;
	}

}
