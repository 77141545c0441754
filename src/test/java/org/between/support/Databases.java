package org.between.support;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** What tests need to know about the database they run on. */
public final class Databases {

	private Databases() {
	}

	/** The product name the JDBC driver reports: "H2" or "PostgreSQL". */
	public static String product(JdbcTemplate jdbc) {
		return jdbc.execute((ConnectionCallback<String>) Databases::product);
	}

	private static String product(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName();
	}

	/**
	 * How many other sessions are in the middle of a statement that starts with the given
	 * text (any case): waiting for a lock, when the statement is a simple insert.
	 */
	public static int executing(JdbcTemplate jdbc, String statementStart) {
		String sql = "PostgreSQL".equals(product(jdbc))
				? "select count(*) from pg_stat_activity where state = 'active' and wait_event_type = 'Lock' "
						+ "and query ilike ? and pid <> pg_backend_pid()"
				: "select count(*) from information_schema.sessions where executing_statement ilike ? "
						+ "and session_id <> session_id()";
		Integer count = jdbc.queryForObject(sql, Integer.class, statementStart + "%");
		return (count != null) ? count : 0;
	}

}
