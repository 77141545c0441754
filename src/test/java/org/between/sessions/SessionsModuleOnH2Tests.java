package org.between.sessions;

class SessionsModuleOnH2Tests extends SessionsModuleTests {

}
