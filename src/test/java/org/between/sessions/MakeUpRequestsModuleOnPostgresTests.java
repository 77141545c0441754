package org.between.sessions;

import org.between.support.OnPostgres;

@OnPostgres
class MakeUpRequestsModuleOnPostgresTests extends MakeUpRequestsModuleTests {

}
