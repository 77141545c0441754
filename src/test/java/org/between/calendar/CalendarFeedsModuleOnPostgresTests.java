package org.between.calendar;

import org.between.support.OnPostgres;

@OnPostgres
class CalendarFeedsModuleOnPostgresTests extends CalendarFeedsModuleTests {

}
