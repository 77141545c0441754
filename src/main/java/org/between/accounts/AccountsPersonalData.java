package org.between.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;

import org.between.notify.Mail;
import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts module's part of a person's data: the account (without its password hash
 * and second-factor secret), tokens, invitations, links, colleagues, cover grants, the
 * deletion request, and the person's access log (audit rows about their data). Erasing
 * also drops the mails to their address, the failed sign-ins under it and their open
 * sessions. Audit rows are never erased (docs/retention.md): they hold ids and action
 * names only, and the hash chain must still verify.
 */
@Component
class AccountsPersonalData extends PersonalRows {

	private final JdbcClient jdbc;

	private final Mail mail;

	AccountsPersonalData(DataSource dataSource, TextCipher cipher, JdbcClient jdbc, Mail mail) {
		super(dataSource, cipher, "accounts",
				List.of(PersonalTable.of("accounts_api_token", "user_id").hiding("token_hash"),
						PersonalTable.of("accounts_password_reset", "user_id").hiding("token_hash"),
						PersonalTable.of("accounts_email_change", "user_id").hiding("token_hash"),
						PersonalTable.of("accounts_invitation", "therapist_id", "accepted_by").hiding("code_hash"),
						PersonalTable.of("accounts_cover_grant", "client_id").erasingAlso("cover_id"),
						PersonalTable.of("accounts_colleague", "therapist_id", "colleague_id"),
						PersonalTable.of("accounts_link", "therapist_id", "client_id", "active_client_id"),
						PersonalTable.of("accounts_deletion", "user_id"),
						new PersonalTable("audit_log", "subject_id = ?", null, Set.of("audit_log.subject_id"), Set.of(),
								List.of()),
						PersonalTable.of("accounts_user", "id")
							.hiding("password_hash", "totp_secret", "totp_secret_cipher", "version")));
		this.jdbc = jdbc;
		this.mail = mail;
	}

	@Override
	public void erase(UUID person) {
		this.jdbc.sql("select email from accounts_user where id = ?")
			.param(person)
			.query(String.class)
			.optional()
			.ifPresent((email) -> {
				this.mail.forget(email);
				this.jdbc.sql("delete from accounts_failed_attempt where account_key = ?").param(email).update();
			});
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(person.toString()).update();
		super.erase(person);
	}

	@Override
	public Set<String> covers() {
		Set<String> covers = new HashSet<>(super.covers());
		covers.addAll(Set.of("notify_outbox.recipient", "accounts_failed_attempt.account_key",
				"spring_session.principal_name", "accounts_user.email", "audit_log.actor_id", "audit_log.item_id"));
		return Set.copyOf(covers);
	}

}
