/**
 * The person's data as theirs (issue 15): the export ({@code GET /api/v1/me/export}, a
 * zip streamed as it is written), the account's deletion with a grace period and its
 * restore, and the erasure job. Each module contributes its rows through
 * {@code shared.PersonalData}; this module only collects them (docs/export.md,
 * docs/retention.md).
 */
@ApplicationModule(allowedDependencies = { "accounts", "checkin", "journal", "measures", "safety", "shared" })
package org.between.data;

import org.springframework.modulith.ApplicationModule;
