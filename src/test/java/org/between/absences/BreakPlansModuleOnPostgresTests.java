package org.between.absences;

import org.between.support.OnPostgres;

@OnPostgres
class BreakPlansModuleOnPostgresTests extends BreakPlansModuleTests {

}
