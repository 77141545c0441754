-- checkin: the note of a check-in is encrypted at rest with shared.TextCipher
-- (docs/encryption.md, issue 15), bound to checkin_entry/<id>/note; 2 000 characters are at
-- most 8 000 UTF-8 bytes, 10 712 in base64. shared.WrittenTextsMigration (2026.12.06.0450)
-- encrypts the notes written before. The same SQL runs on H2 and PostgreSQL.
alter table checkin_entry rename column note to note_cipher;
alter table checkin_entry alter column note_cipher set data type varchar(12000);
alter table checkin_entry add column key_id bigint;
