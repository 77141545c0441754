package org.between.accounts;

class FailedAttemptsOnH2Tests extends FailedAttemptsTests {

}
