package org.between.safety;

import org.between.support.OnPostgres;

@OnPostgres
class SafetyPlansOnPostgresTests extends SafetyPlansTests {

}
