/**
 * Accounts: sign-up, sign-in (form and session, bearer tokens, TOTP), password reset,
 * invitations and client–therapist links, what the therapist sees ({@code Sharing}),
 * colleagues, the audit log.
 * <p>
 * {@code allowedDependencies} lists exactly what the module uses today (issue 11);
 * {@code ModularityTests} fails when it reaches any other module or named interface.
 */
@ApplicationModule(allowedDependencies = { "notify", "shared", "shared :: web" })
package org.between.accounts;

import org.springframework.modulith.ApplicationModule;
