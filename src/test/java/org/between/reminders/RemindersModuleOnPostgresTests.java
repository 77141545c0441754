package org.between.reminders;

import org.between.support.OnPostgres;

/**
 * The reminders on PostgreSQL: above all, two rounds at once on one database sending each
 * reminder once.
 */
@OnPostgres
class RemindersModuleOnPostgresTests extends RemindersModuleTests {

}
