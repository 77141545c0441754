package org.between.brief;

class ConsistencyModuleOnH2Tests extends ConsistencyModuleTests {

}
