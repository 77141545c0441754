package org.between.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface LinkRepository extends ListCrudRepository<Link, UUID> {

	Optional<Link> findByActiveClientId(UUID clientId);

	List<Link> findByTherapistIdAndEndedAtIsNullOrderBySinceDesc(UUID therapistId);

}
