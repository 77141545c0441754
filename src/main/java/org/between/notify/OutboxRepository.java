package org.between.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OutboxRepository extends ListCrudRepository<OutboxMail, UUID> {

	@Query("select * from notify_outbox where sent_at is null and next_attempt_at <= :now order by created_at limit 50")
	List<OutboxMail> findDue(Instant now);

	@Modifying
	@Query("delete from notify_outbox where recipient = :recipient")
	void deleteByRecipient(String recipient);

}
