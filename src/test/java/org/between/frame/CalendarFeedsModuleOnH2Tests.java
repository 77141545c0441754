package org.between.frame;

class CalendarFeedsModuleOnH2Tests extends CalendarFeedsModuleTests {

}
