package org.between.endings;

class EndingsModuleOnH2Tests extends EndingsModuleTests {

}
