package org.between.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.between.accounts.AccountDeletion;
import org.between.accounts.AuditLog;
import org.between.accounts.CurrentUser;
import org.between.shared.PersonalData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting an account: the request (sign-in refused at once), the restore within
 * {@code between.data.deletion-grace-days}, and the erasure after it, which asks every
 * module's {@link PersonalData} to delete the person's rows, in one transaction per
 * person. Audit rows stay (they name ids only; docs/retention.md).
 */
@Service
public class DataDeletion {

	private static final Logger log = LoggerFactory.getLogger(DataDeletion.class);

	private final AccountDeletion accounts;

	private final List<PersonalData> parts;

	private final AuditLog audit;

	private final DataSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DataDeletion(AccountDeletion accounts, List<PersonalData> parts, AuditLog audit, DataSettings settings,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.accounts = accounts;
		this.parts = List.copyOf(parts);
		this.audit = audit;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** How long a deletion waits before the erasure. */
	public Duration grace() {
		return Duration.ofDays(this.settings.deletionGraceDays());
	}

	/**
	 * Asks for the caller's account to be deleted (403 for a wrong password, 409 when one
	 * is pending or a therapist still has linked clients).
	 * @return when the erasure may run
	 */
	public Instant request(CurrentUser me, String password, String address) {
		return this.accounts.request(me, password, grace(), address);
	}

	/** Undoes a pending deletion within the grace period (401, or 404 after it). */
	public void restore(String email, String password, String address) {
		this.accounts.restore(email, password, address);
	}

	/**
	 * Erases everyone whose grace period is over, each in a transaction of their own.
	 * @return how many people were erased
	 */
	public int eraseDue() {
		int erased = 0;
		for (UUID person : this.accounts.due(this.clock.instant())) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> eraseIfStillDue(person)))) {
				erased++;
			}
		}
		return erased;
	}

	private boolean eraseIfStillDue(UUID person) {
		// The deletion row is locked until this transaction ends: a restore waits for it
		// and then finds nothing to restore.
		if (!this.accounts.lockIfDue(person)) {
			return false;
		}
		for (PersonalData part : this.parts) {
			part.erase(person);
		}
		this.audit.record(null, DataAudit.DATA_ERASED, person, "ACCOUNT", person.toString());
		log.info("Erased the data of an account whose deletion grace period was over ({} parts)", this.parts.size());
		return true;
	}

}
