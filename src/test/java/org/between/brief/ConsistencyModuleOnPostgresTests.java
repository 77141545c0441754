package org.between.brief;

import org.between.support.OnPostgres;

@OnPostgres
class ConsistencyModuleOnPostgresTests extends ConsistencyModuleTests {

}
