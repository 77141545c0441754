-- sessions: video links (they open the room) and cancellation reasons are encrypted at rest
-- with shared.TextCipher (docs/encryption.md, issue 15), bound to <table>/<id>/<field>. A link
-- of 500 characters is at most 2 044 characters in base64, a reason of 1 000 at most 5 380.
-- shared.WrittenTextsMigration (2026.12.06.0450) encrypts what was written before. The same
-- SQL runs on H2 and PostgreSQL.
alter table frame_standing_appointment rename column video_link to video_link_cipher;
alter table frame_standing_appointment alter column video_link_cipher set data type varchar(2100);
alter table frame_standing_appointment add column key_id bigint;
alter table frame_session rename column video_link to video_link_cipher;
alter table frame_session alter column video_link_cipher set data type varchar(2100);
alter table frame_session rename column cancel_reason to cancel_reason_cipher;
alter table frame_session alter column cancel_reason_cipher set data type varchar(6000);
alter table frame_session add column key_id bigint;
