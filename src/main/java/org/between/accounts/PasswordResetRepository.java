package org.between.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PasswordResetRepository extends ListCrudRepository<PasswordReset, UUID> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

}
