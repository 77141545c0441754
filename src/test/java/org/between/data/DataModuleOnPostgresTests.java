package org.between.data;

import org.between.support.OnPostgres;

@OnPostgres
class DataModuleOnPostgresTests extends DataModuleTests {

}
