package org.between.shared;

import org.between.support.EmbeddedPostgresServer;
import org.between.support.OnPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@OnPostgres
class MigrationsOnPostgresTests extends MigrationsTests {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

	@Test
	void usesADatabaseOfItsOwnOnTheSharedServer() {
		assertThat(this.jdbc.queryForObject("select current_database()", String.class)).startsWith("between_");
		assertThat(this.jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
		System.out.println("Embedded PostgreSQL start: " + EmbeddedPostgresServer.startTime().toMillis() + " ms");
	}

}
