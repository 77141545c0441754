package org.between.frame;

class PolicyModuleOnH2Tests extends PolicyModuleTests {

}
