-- Issue 18: the bridge note a therapist may leave after a held session, one per session:
-- a few words to carry to the next one (encrypted with shared.TextCipher, associated data
-- sessions_bridge_note/<id>/note), optionally one skill from the client's toolbox. The
-- client sees it until the next held session and may keep it (kept_at).
create table sessions_bridge_note (
    id                uuid                     primary key,
    session_id        uuid                     not null unique,
    therapist_id      uuid                     not null,
    client_id         uuid                     not null,
    session_starts_at timestamp with time zone not null,
    key_id            bigint                   not null,
    note_cipher       varchar(4000)            not null,
    skill_id          uuid,
    written_at        timestamp with time zone not null,
    kept_at           timestamp with time zone
);
create index sessions_bridge_note_client on sessions_bridge_note (client_id, session_starts_at);
create index sessions_bridge_note_key on sessions_bridge_note (key_id);
