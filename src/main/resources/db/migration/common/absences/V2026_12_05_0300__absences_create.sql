-- absences: a therapist's time away, with the sessions it cancelled. The same SQL runs on
-- H2 (PostgreSQL mode) and PostgreSQL. No foreign keys to other modules' tables.
create table absences_absence (
    id                    uuid        not null primary key,
    therapist_id          uuid        not null,
    -- calendar days in time_zone, both inclusive
    start_date            date        not null,
    end_date              date        not null,
    -- the therapist's zone when the absence was announced: its days are counted in it
    time_zone             varchar(64) not null,
    covering_therapist_id uuid,
    -- what the therapist wrote, encrypted with shared.TextCipher (docs/encryption.md):
    -- the key it was written with, and base64 ciphertexts bound to absences_absence/<id>/
    -- coverage_note and …/message_to_clients. Up to 2 000 characters are at most 8 000
    -- UTF-8 bytes, 10 708 in base64 with the cipher's 33 bytes.
    key_id                    bigint      not null,
    coverage_note_cipher      varchar(12000),
    message_to_clients_cipher varchar(12000),
    emergency             boolean     not null,
    announced_at          timestamp with time zone not null,
    withdrawn_at          timestamp with time zone,
    check (end_date >= start_date)
);

create index absences_absence_therapist on absences_absence (therapist_id, start_date);
create index absences_absence_key on absences_absence (key_id);

-- The sessions an absence cancelled, and when a withdrawal restored one.
create table absences_cancelled_session (
    absence_id   uuid not null references absences_absence (id),
    session_id   uuid not null,
    client_id    uuid not null,
    cancelled_at timestamp with time zone not null,
    restored_at  timestamp with time zone,
    primary key (absence_id, session_id)
);

create index absences_cancelled_client on absences_cancelled_session (client_id);

-- One row per therapist, locked while an absence is announced or withdrawn, so that the
-- overlap check and the insert of two announcements cannot interleave.
create table absences_therapist_lock (
    therapist_id uuid not null primary key
);
