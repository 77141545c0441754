package org.between.notify;

import org.between.support.OnPostgres;

@OnPostgres
class OutboxOnPostgresTests extends OutboxTests {

}
