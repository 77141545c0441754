package org.between.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The child process of {@link EmbeddedDatabaseDurabilityTests}: commits one row at a time
 * (auto-commit, as each request of the application commits its own transaction) and
 * prints each id only once its commit has returned, the way the application answers 201
 * only after its commit. The table exists already; it runs until it is killed.
 */
final class AcknowledgedWriter {

	private AcknowledgedWriter() {
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(args[0], "between", "")) {
			System.out.println("ready");
			try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?, ?)")) {
				for (int id = 0;; id++) {
					insert.setInt(1, id);
					insert.setString(2, "a check-in's worth of text " + id);
					insert.executeUpdate();
					System.out.println(id);
				}
			}
		}
	}

}
