package org.between.accounts;

import org.between.support.OnPostgres;

@OnPostgres
class CoverGrantsOnPostgresTests extends CoverGrantsTests {

}
