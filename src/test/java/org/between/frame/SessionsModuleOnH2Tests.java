package org.between.frame;

class SessionsModuleOnH2Tests extends SessionsModuleTests {

}
