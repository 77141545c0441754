package org.between.absences;

class AbsencesModuleOnH2Tests extends AbsencesModuleTests {

}
