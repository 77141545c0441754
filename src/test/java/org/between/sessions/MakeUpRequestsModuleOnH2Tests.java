package org.between.sessions;

class MakeUpRequestsModuleOnH2Tests extends MakeUpRequestsModuleTests {

}
