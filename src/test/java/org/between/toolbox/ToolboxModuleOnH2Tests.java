package org.between.toolbox;

class ToolboxModuleOnH2Tests extends ToolboxModuleTests {

}
