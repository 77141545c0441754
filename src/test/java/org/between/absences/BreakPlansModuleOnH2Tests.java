package org.between.absences;

class BreakPlansModuleOnH2Tests extends BreakPlansModuleTests {

}
