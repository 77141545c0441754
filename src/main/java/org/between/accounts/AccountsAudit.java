package org.between.accounts;

/**
 * What the accounts module writes to the audit log: the person's own account, sign-ins
 * and tokens, their link with a therapist and what they share. Each has its sentence on
 * the client's access log ({@code audit.action.<NAME>}).
 */
enum AccountsAudit implements AuditAction {

	ACCOUNT_CREATED, TOTP_ENABLED, SIGNED_IN, TOKEN_ISSUED, TOKEN_REVOKED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
	INVITATION_CREATED, LINKED_WITH_THERAPIST, SHARING_CHANGED

}
