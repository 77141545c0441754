package org.between.sessions;

class TheHourModuleOnH2Tests extends TheHourModuleTests {

}
