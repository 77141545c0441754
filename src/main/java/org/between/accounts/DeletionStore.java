package org.between.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code accounts_deletion} rows: one per person who asked to be deleted. */
@Component
class DeletionStore {

	private final JdbcClient jdbc;

	DeletionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Instant> eraseAfter(UUID userId) {
		return this.jdbc.sql("select erase_after from accounts_deletion where user_id = ?")
			.param(userId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** Locks the row, so that a restore and the erasure cannot both go ahead. */
	Optional<Instant> eraseAfterForUpdate(UUID userId) {
		return this.jdbc.sql("select erase_after from accounts_deletion where user_id = ? for update")
			.param(userId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void insert(UUID userId, Instant requestedAt, Instant eraseAfter) {
		this.jdbc.sql("insert into accounts_deletion (user_id, requested_at, erase_after) values (?, ?, ?)")
			.params(userId, Timestamp.from(requestedAt), Timestamp.from(eraseAfter))
			.update();
	}

	void delete(UUID userId) {
		this.jdbc.sql("delete from accounts_deletion where user_id = ?").param(userId).update();
	}

	List<UUID> due(Instant now) {
		return this.jdbc.sql("select user_id from accounts_deletion where erase_after <= ? order by erase_after")
			.param(Timestamp.from(now))
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

}
