-- checkin: "How are you right now?". One row per check-in, its actions in a child table.
-- No foreign keys to other modules' tables (client ids belong to accounts, skill ids to
-- the toolbox). The six urges are columns of their own so that other modules' queries
-- (the therapist's brief, insights) can read them without parsing.
create table checkin_entry (
    id                     uuid         not null primary key,
    client_id              uuid         not null,
    checked_in_at          timestamp with time zone not null,
    recorded_at            timestamp with time zone not null,
    mood                   smallint     not null check (mood between 0 and 10),
    distress               smallint     not null check (distress between 0 and 10),
    emotions               varchar(200) not null,
    urge_self_harm         smallint     not null check (urge_self_harm between 0 and 5),
    urge_suicidal_thoughts smallint     not null check (urge_suicidal_thoughts between 0 and 5),
    urge_binge_purge       smallint     not null check (urge_binge_purge between 0 and 5),
    urge_substances        smallint     not null check (urge_substances between 0 and 5),
    urge_quit_therapy      smallint     not null check (urge_quit_therapy between 0 and 5),
    urge_contact_therapist smallint     not null check (urge_contact_therapist between 0 and 5),
    first_turned_to        varchar(20),
    -- At most 2 000 characters (code points); up to 4 000 UTF-16 units.
    note                   varchar(4000),
    risk_flagged           boolean      not null
);

create index checkin_entry_client_at on checkin_entry (client_id, checked_in_at, id);

create table checkin_action (
    checkin_id  uuid        not null references checkin_entry (id) on delete cascade,
    seq         smallint    not null,
    action_type varchar(30) not null,
    skill_id    uuid,
    reached_to  varchar(20),
    urge        varchar(30),
    primary key (checkin_id, seq)
);
