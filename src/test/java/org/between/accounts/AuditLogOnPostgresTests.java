package org.between.accounts;

import org.between.support.OnPostgres;

@OnPostgres
class AuditLogOnPostgresTests extends AuditLogTests {

}
