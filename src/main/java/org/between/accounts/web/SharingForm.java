package org.between.accounts.web;

import org.between.accounts.SharingChoice;

/**
 * The five checkboxes of "What my therapist sees": a box left unticked is not sent, and
 * is not shared.
 */
record SharingForm(Boolean checkins, Boolean riskFlags, Boolean measures, Boolean skills, Boolean insights) {

	SharingChoice toChoice() {
		return new SharingChoice(Boolean.TRUE.equals(this.checkins), Boolean.TRUE.equals(this.riskFlags),
				Boolean.TRUE.equals(this.measures), Boolean.TRUE.equals(this.skills),
				Boolean.TRUE.equals(this.insights));
	}

}
