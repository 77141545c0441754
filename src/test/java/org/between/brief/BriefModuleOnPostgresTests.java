package org.between.brief;

import org.between.support.OnPostgres;

@OnPostgres
class BriefModuleOnPostgresTests extends BriefModuleTests {

}
