package org.between.measures;

import org.between.support.OnPostgres;

@OnPostgres
class MeasuresModuleOnPostgresTests extends MeasuresModuleTests {

}
