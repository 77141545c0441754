package org.between.checkin;

import org.between.support.OnPostgres;

@OnPostgres
class CheckinsModuleOnPostgresTests extends CheckinsModuleTests {

}
