package org.between.accounts;

import org.between.support.OnPostgres;

@OnPostgres
class FailedAttemptsOnPostgresTests extends FailedAttemptsTests {

}
