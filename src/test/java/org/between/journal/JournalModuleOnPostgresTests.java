package org.between.journal;

import org.between.support.OnPostgres;

@OnPostgres
class JournalModuleOnPostgresTests extends JournalModuleTests {

}
