package org.between.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ColleagueRepository extends ListCrudRepository<Colleague, UUID> {

	List<Colleague> findByTherapistIdOrderBySince(UUID therapistId);

	boolean existsByTherapistIdAndColleagueId(UUID therapistId, UUID colleagueId);

}
