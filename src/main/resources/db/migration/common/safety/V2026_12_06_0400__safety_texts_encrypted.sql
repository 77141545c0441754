-- safety: what a client writes in their plan, and what a therapist proposes, is encrypted at
-- rest with shared.TextCipher (docs/encryption.md, issue 15): each list (JSON) and the note
-- become a base64 ciphertext bound to <table>/<id>/<field>, key_id the key it was written
-- with. A list of 20 entries of 500 characters is at most ~60 200 UTF-8 bytes of JSON (control
-- characters escaped), ~80 300 in base64; the note (2 000 characters) at most 10 712. The
-- Java migration 2026.12.06.0450 (shared.WrittenTextsMigration) encrypts the rows written
-- before and makes key_id required. The same SQL runs on H2 (PostgreSQL mode) and PostgreSQL.
alter table safety_plan_version rename column warning_signs to warning_signs_cipher;
alter table safety_plan_version alter column warning_signs_cipher set data type varchar(100000);
alter table safety_plan_version rename column coping_strategies to coping_strategies_cipher;
alter table safety_plan_version alter column coping_strategies_cipher set data type varchar(100000);
alter table safety_plan_version rename column distractions to distractions_cipher;
alter table safety_plan_version alter column distractions_cipher set data type varchar(100000);
alter table safety_plan_version rename column people_to_ask to people_to_ask_cipher;
alter table safety_plan_version alter column people_to_ask_cipher set data type varchar(100000);
alter table safety_plan_version rename column professionals to professionals_cipher;
alter table safety_plan_version alter column professionals_cipher set data type varchar(100000);
alter table safety_plan_version rename column environment_safety to environment_safety_cipher;
alter table safety_plan_version alter column environment_safety_cipher set data type varchar(100000);
alter table safety_plan_version rename column reasons_for_living to reasons_for_living_cipher;
alter table safety_plan_version alter column reasons_for_living_cipher set data type varchar(100000);
alter table safety_plan_version add column key_id bigint;
alter table safety_plan_proposal rename column warning_signs to warning_signs_cipher;
alter table safety_plan_proposal alter column warning_signs_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column coping_strategies to coping_strategies_cipher;
alter table safety_plan_proposal alter column coping_strategies_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column distractions to distractions_cipher;
alter table safety_plan_proposal alter column distractions_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column people_to_ask to people_to_ask_cipher;
alter table safety_plan_proposal alter column people_to_ask_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column professionals to professionals_cipher;
alter table safety_plan_proposal alter column professionals_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column environment_safety to environment_safety_cipher;
alter table safety_plan_proposal alter column environment_safety_cipher set data type varchar(100000);
alter table safety_plan_proposal rename column reasons_for_living to reasons_for_living_cipher;
alter table safety_plan_proposal alter column reasons_for_living_cipher set data type varchar(100000);
alter table safety_plan_proposal add column key_id bigint;
alter table safety_plan_proposal rename column note to note_cipher;
alter table safety_plan_proposal alter column note_cipher set data type varchar(12000);
