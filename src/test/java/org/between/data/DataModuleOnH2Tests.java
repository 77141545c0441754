package org.between.data;

class DataModuleOnH2Tests extends DataModuleTests {

}
