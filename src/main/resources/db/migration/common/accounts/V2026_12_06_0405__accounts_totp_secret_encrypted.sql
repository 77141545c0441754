-- accounts: the TOTP secret is encrypted at rest with shared.TextCipher (docs/encryption.md,
-- issue 15), bound to accounts_user/<id>/totp_secret (a secret of 32 base32 characters is 88
-- in base64). key_id is the key it was written with; null while a person has no secret.
-- shared.WrittenTextsMigration (2026.12.06.0450) encrypts the secrets stored before.
alter table accounts_user rename column totp_secret to totp_secret_cipher;
alter table accounts_user alter column totp_secret_cipher set data type varchar(200);
alter table accounts_user add column key_id bigint;
