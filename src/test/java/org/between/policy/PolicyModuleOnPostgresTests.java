package org.between.policy;

import org.between.support.OnPostgres;

@OnPostgres
class PolicyModuleOnPostgresTests extends PolicyModuleTests {

}
