package org.between.calendar;

class CalendarFeedsModuleOnH2Tests extends CalendarFeedsModuleTests {

}
