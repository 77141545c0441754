package org.between.endings;

import org.between.support.OnPostgres;

@OnPostgres
class EndingsModuleOnPostgresTests extends EndingsModuleTests {

}
