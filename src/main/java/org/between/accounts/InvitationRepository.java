package org.between.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

	Optional<Invitation> findByCodeHash(String codeHash);

	List<Invitation> findByTherapistIdAndKindAndAcceptedAtIsNullOrderByCreatedAtDesc(UUID therapistId,
			Invitation.Kind kind);

}
