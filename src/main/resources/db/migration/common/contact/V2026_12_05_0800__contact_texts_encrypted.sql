-- The therapist's words in a contact agreement are encrypted at rest with shared.TextCipher
-- (docs/encryption.md): the columns hold base64 ciphertexts, key_id the key they were written
-- with. Rows written before this migration hold plain text and a null key_id; re-encryption
-- (between.encryption.reencrypt-on-start) rewrites them, and the store reads both until then.
-- The same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.
alter table contact_agreement rename column crisis_instructions to crisis_instructions_cipher;
alter table contact_agreement rename column during_absences to during_absences_cipher;
alter table contact_agreement add column key_id bigint;
