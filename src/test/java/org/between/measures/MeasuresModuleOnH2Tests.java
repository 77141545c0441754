package org.between.measures;

class MeasuresModuleOnH2Tests extends MeasuresModuleTests {

}
