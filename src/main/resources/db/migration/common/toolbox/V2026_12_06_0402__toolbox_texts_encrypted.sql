-- toolbox: what a client (or their therapist) writes of an own skill — its name, rhythm and
-- steps — and a practice's note are encrypted at rest with shared.TextCipher
-- (docs/encryption.md, issue 15), bound to <table>/<id>/<field>. A step gets an id of its own
-- for that (filled for existing steps by shared.WrittenTextsMigration, 2026.12.06.0450, which
-- also encrypts what was written before). Sizes: a name of 100 characters is at most 400
-- UTF-8 bytes (580 in base64), a rhythm of 200 at most 1 112, a step of 500 at most 2 712,
-- a note of 2 000 at most 10 712. The same SQL runs on H2 and PostgreSQL.
alter table toolbox_skill rename column name to name_cipher;
alter table toolbox_skill alter column name_cipher set data type varchar(1000);
alter table toolbox_skill rename column rhythm to rhythm_cipher;
alter table toolbox_skill alter column rhythm_cipher set data type varchar(2000);
alter table toolbox_skill add column key_id bigint;
alter table toolbox_skill_step rename column text to text_cipher;
alter table toolbox_skill_step alter column text_cipher set data type varchar(3000);
alter table toolbox_skill_step add column id uuid;
alter table toolbox_skill_step add column key_id bigint;
alter table toolbox_practice rename column note to note_cipher;
alter table toolbox_practice alter column note_cipher set data type varchar(12000);
alter table toolbox_practice add column key_id bigint;
