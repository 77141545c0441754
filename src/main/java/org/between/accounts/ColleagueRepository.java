package org.between.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ColleagueRepository extends ListCrudRepository<Colleague, UUID> {

	List<Colleague> findByTherapistIdOrderBySince(UUID therapistId);

	Optional<Colleague> findByTherapistIdAndColleagueId(UUID therapistId, UUID colleagueId);

	boolean existsByTherapistIdAndColleagueId(UUID therapistId, UUID colleagueId);

}
