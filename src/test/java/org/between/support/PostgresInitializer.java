package org.between.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a fresh database of the shared embedded PostgreSQL
 * server; Flyway then runs the same migrations as on H2 ({@code db/migration/common} and
 * {@code db/migration/postgresql}).
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = EmbeddedPostgresServer.createDatabase();
		TestPropertyValues
			.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres")
			.applyTo(context.getEnvironment());
	}

}
