package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A client working with a therapist, from {@code since} until {@code endedAt}. */
@Table("accounts_link")
record Link(@Id UUID id, UUID therapistId, UUID clientId, UUID activeClientId, Instant since, Instant endedAt,
		@Version Long version) {

	static Link start(UUID therapistId, UUID clientId, Instant now) {
		return new Link(UUID.randomUUID(), therapistId, clientId, clientId, now, null, null);
	}

}
