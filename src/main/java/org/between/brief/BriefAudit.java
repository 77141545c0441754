package org.between.brief;

import org.between.accounts.AuditAction;

/** What the brief writes to the audit log. */
enum BriefAudit implements AuditAction {

	/**
	 * The therapist opened the pre-session brief: one row for everything in it (item type
	 * {@code SESSION}, the session's id).
	 */
	BRIEF_READ,

	/**
	 * The therapist's home page read what is new from the client since the last session
	 * (shared entries, agenda, questionnaires, whether a safety flag was shared): one row
	 * per therapist, client and day in the therapist's zone ({@code brief_day_read}),
	 * item type {@code DAY}, the date.
	 */
	HOME_READ,

	/**
	 * The therapist opened the client's summary page (item type {@code CLIENT}, the
	 * client's id): one row for everything on it.
	 */
	CLIENT_SUMMARY_READ

}
