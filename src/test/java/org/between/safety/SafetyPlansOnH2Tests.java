package org.between.safety;

class SafetyPlansOnH2Tests extends SafetyPlansTests {

}
