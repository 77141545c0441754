package org.between.toolbox;

import org.between.support.OnPostgres;

@OnPostgres
class ToolboxModuleOnPostgresTests extends ToolboxModuleTests {

}
