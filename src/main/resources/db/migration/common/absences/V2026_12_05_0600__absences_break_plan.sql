-- absences: a client's plan for their therapist's time away, and the therapist's note for
-- it, one row per absence and client. The same SQL runs on H2 (PostgreSQL mode) and
-- PostgreSQL. No foreign keys to other modules' tables.
create table absences_break_plan (
    id                   uuid        not null primary key,
    absence_id           uuid        not null references absences_absence (id),
    client_id            uuid        not null,
    -- what the client and the therapist wrote, encrypted with shared.TextCipher
    -- (docs/encryption.md), bound to absences_break_plan/<id>/<field>:
    -- skills: JSON [{skillId, name}] of at most 20 skills of the client's toolbox (names up
    --   to 100 characters: at most 20 x ~460 UTF-8 bytes, ~12 400 in base64);
    -- people: JSON [{name, phone}] of at most 10 (at most ~4 800 bytes, ~6 500 in base64);
    -- note, therapist_note: up to 2 000 characters, at most 8 000 bytes, 10 708 in base64.
    key_id                bigint      not null,
    skills_cipher         varchar(16000),
    people_cipher         varchar(12000),
    note_cipher           varchar(12000),
    therapist_note_cipher varchar(12000),
    -- the client lets their own therapist read the plan (private by default); sharing with
    -- the covering colleague is the client's cover grant in accounts, not a column here
    share_with_therapist  boolean     not null default false,
    -- when the client last saved the plan (null: never) and the therapist the note
    updated_at            timestamp with time zone,
    therapist_note_at     timestamp with time zone,
    unique (absence_id, client_id)
);

create index absences_break_plan_client on absences_break_plan (client_id);
create index absences_break_plan_key on absences_break_plan (key_id);
