package org.between;

import org.between.support.OnPostgres;

/** {@link PlainTextAtRestTests} on PostgreSQL: every column of every table. */
@OnPostgres
class PlainTextAtRestOnPostgresTests extends PlainTextAtRestTests {

}
