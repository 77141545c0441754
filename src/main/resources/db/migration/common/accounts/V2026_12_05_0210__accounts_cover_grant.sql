-- accounts: a client lets the colleague who covers their therapist's absence see what they chose,
-- for [starts_at, ends_at) only. absence_id names the absences module's absence (no foreign key
-- across modules). One row per client and absence: sharing again after stopping reopens it.
create table accounts_cover_grant (
    id          uuid primary key,
    client_id   uuid not null references accounts_user (id),
    cover_id    uuid not null references accounts_user (id),
    absence_id  uuid not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create unique index accounts_cover_grant_client_absence on accounts_cover_grant (client_id, absence_id);
create index accounts_cover_grant_cover on accounts_cover_grant (cover_id, ends_at);
create index accounts_cover_grant_absence on accounts_cover_grant (absence_id);
