package org.between.policy;

class PolicyModuleOnH2Tests extends PolicyModuleTests {

}
