package org.between.checkin;

class CheckinsModuleOnH2Tests extends CheckinsModuleTests {

}
