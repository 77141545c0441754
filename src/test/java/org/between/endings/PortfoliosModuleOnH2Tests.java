package org.between.endings;

class PortfoliosModuleOnH2Tests extends PortfoliosModuleTests {

}
