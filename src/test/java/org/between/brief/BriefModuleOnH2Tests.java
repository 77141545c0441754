package org.between.brief;

class BriefModuleOnH2Tests extends BriefModuleTests {

}
