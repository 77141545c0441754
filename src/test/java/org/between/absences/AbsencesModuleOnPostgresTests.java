package org.between.absences;

import org.between.support.OnPostgres;

@OnPostgres
class AbsencesModuleOnPostgresTests extends AbsencesModuleTests {

}
