package org.between.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cover grants in {@code accounts_cover_grant}: one row per client and absence. The reads
 * of grants in force join the client's active link and the absent therapist's naming of
 * the cover, so that a grant stops counting the moment either ends.
 */
@Component
class CoverGrantStore {

	/** The grant, its client's name and whether it counts at {@code ?} (twice). */
	private static final String IN_FORCE = """
			select g.client_id, u.display_name, g.cover_id, g.absence_id, g.starts_at, g.ends_at
			from accounts_cover_grant g
			join accounts_user u on u.id = g.client_id
			join accounts_link l on l.active_client_id = g.client_id
			join accounts_colleague c on c.therapist_id = l.therapist_id and c.colleague_id = g.cover_id
			where g.revoked_at is null and g.starts_at <= ? and g.ends_at > ?""";

	private final JdbcClient jdbc;

	CoverGrantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The client's row for the absence, revoked or not. */
	Optional<StoredGrant> of(UUID clientId, UUID absenceId) {
		return this.jdbc.sql("""
				select id, client_id, cover_id, absence_id, starts_at, ends_at, revoked_at
				from accounts_cover_grant where client_id = ? and absence_id = ?""")
			.params(clientId, absenceId)
			.query(CoverGrantStore::stored)
			.optional();
	}

	void insert(StoredGrant grant, Instant now) {
		this.jdbc.sql("""
				insert into accounts_cover_grant (id, client_id, cover_id, absence_id, starts_at, ends_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(grant.id(), grant.clientId(), grant.coverId(), grant.absenceId(), utc(grant.startsAt()),
					utc(grant.endsAt()), utc(now))
			.update();
	}

	/**
	 * The row says what the client chose now: this cover, these instants, not revoked.
	 */
	void reopen(StoredGrant grant) {
		this.jdbc.sql("""
				update accounts_cover_grant set cover_id = ?, starts_at = ?, ends_at = ?, revoked_at = null
				where client_id = ? and absence_id = ?""")
			.params(grant.coverId(), utc(grant.startsAt()), utc(grant.endsAt()), grant.clientId(), grant.absenceId())
			.update();
	}

	/** Revokes the client's grant for the absence; false when there was none in place. */
	boolean revoke(UUID clientId, UUID absenceId, Instant now) {
		return this.jdbc.sql("""
				update accounts_cover_grant set revoked_at = ?
				where client_id = ? and absence_id = ? and revoked_at is null""")
			.params(utc(now), clientId, absenceId)
			.update() > 0;
	}

	/** Revokes every grant for the absence; answers the clients whose grant it ended. */
	List<UUID> revokeAll(UUID absenceId, Instant now) {
		List<UUID> clients = this.jdbc
			.sql("select client_id from accounts_cover_grant where absence_id = ? and revoked_at is null "
					+ "order by client_id")
			.param(absenceId)
			.query(UUID.class)
			.list();
		this.jdbc.sql("update accounts_cover_grant set revoked_at = ? where absence_id = ? and revoked_at is null")
			.params(utc(now), absenceId)
			.update();
		return clients;
	}

	/** The cover's grants in force at {@code now}, ending soonest first. */
	List<CoverGrant> inForceFor(UUID coverId, Instant now) {
		return this.jdbc.sql(IN_FORCE + " and g.cover_id = ? order by g.ends_at, u.display_name, g.client_id")
			.params(utc(now), utc(now), coverId)
			.query(CoverGrantStore::grant)
			.list();
	}

	/** The cover's grant for this client in force at {@code now}, the longest first. */
	Optional<CoverGrant> inForce(UUID coverId, UUID clientId, Instant now) {
		return this.jdbc.sql(IN_FORCE + " and g.cover_id = ? and g.client_id = ? order by g.ends_at desc")
			.params(utc(now), utc(now), coverId, clientId)
			.query(CoverGrantStore::grant)
			.list()
			.stream()
			.findFirst();
	}

	private static StoredGrant stored(ResultSet rs, int row) throws SQLException {
		OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new StoredGrant(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("cover_id", UUID.class), rs.getObject("absence_id", UUID.class), instant(rs, "starts_at"),
				instant(rs, "ends_at"), (revoked != null) ? revoked.toInstant() : null);
	}

	private static CoverGrant grant(ResultSet rs, int row) throws SQLException {
		return new CoverGrant(rs.getObject("client_id", UUID.class), rs.getString("display_name"),
				rs.getObject("cover_id", UUID.class), rs.getObject("absence_id", UUID.class), instant(rs, "starts_at"),
				instant(rs, "ends_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A row as stored. */
	record StoredGrant(UUID id, UUID clientId, UUID coverId, UUID absenceId, Instant startsAt, Instant endsAt,
			Instant revokedAt) {

		boolean sameAs(UUID cover, Instant starts, Instant ends) {
			return this.revokedAt == null && this.coverId.equals(cover) && this.startsAt.equals(starts)
					&& this.endsAt.equals(ends);
		}

	}

}
