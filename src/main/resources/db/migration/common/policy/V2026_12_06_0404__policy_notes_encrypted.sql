-- policy: the therapist's notes (the sliding scale, a client's fee) are encrypted at rest with
-- shared.TextCipher (docs/encryption.md, issue 15), bound to <table>/<id>/<field>; 1 000
-- characters are at most 5 380 in base64. A policy version's row id is new: versions were
-- keyed by (therapist, version) alone. shared.WrittenTextsMigration (2026.12.06.0450)
-- encrypts what was written before. The same SQL runs on H2 and PostgreSQL.
alter table frame_policy_version rename column sliding_scale_note to sliding_scale_note_cipher;
alter table frame_policy_version alter column sliding_scale_note_cipher set data type varchar(6000);
alter table frame_policy_version add column id uuid;
alter table frame_policy_version add column key_id bigint;
alter table frame_client_fee rename column note to note_cipher;
alter table frame_client_fee alter column note_cipher set data type varchar(6000);
alter table frame_client_fee add column key_id bigint;
