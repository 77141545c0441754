package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A therapist named by another as a colleague of the same practice, who may cover. */
@Table("accounts_colleague")
record Colleague(@Id UUID id, UUID therapistId, UUID colleagueId, Instant since, @Version Long version) {
}
