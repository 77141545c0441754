package org.between.frame;

import org.between.support.OnPostgres;

@OnPostgres
class CalendarFeedsModuleOnPostgresTests extends CalendarFeedsModuleTests {

}
