-- Endings (issue 14): an ending per client and therapist, at most one open at a time
-- (open_client_id is the client's id while it is open), and the referrals recorded for the
-- client. Texts people write are encrypted (TextCipher), key_id names the key.
create table endings_ending (
    id                   uuid primary key,
    therapist_id         uuid not null,
    client_id            uuid not null,
    open_client_id       uuid,
    kind                 varchar(16) not null,
    unplanned_reason     varchar(32),
    key_id               bigint not null,
    reason_cipher        text not null,
    last_session_date    date not null,
    time_zone            varchar(64) not null,
    taper_every_weeks    int,
    taper_from           date,
    follow_up_date       date,
    proposed_at          timestamp with time zone not null,
    notice_days          int not null,
    notice_sessions      int not null,
    discuss_requested_at timestamp with time zone,
    closed_at            timestamp with time zone,
    constraint endings_ending_kind check (kind in ('PLANNED', 'UNPLANNED'))
);
create unique index endings_ending_open on endings_ending (open_client_id);
create index endings_ending_client on endings_ending (client_id);
create index endings_ending_therapist on endings_ending (therapist_id, proposed_at);

create table endings_referral (
    id                uuid primary key,
    therapist_id      uuid not null,
    client_id         uuid not null,
    ending_id         uuid,
    key_id            bigint not null,
    name_cipher       text not null,
    contact_cipher    text,
    note_cipher       text,
    status            varchar(24) not null,
    keep_visible      boolean not null default false,
    created_at        timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    constraint endings_referral_status
        check (status in ('SUGGESTED', 'CONTACTED', 'FIRST_SESSION_HELD', 'DECLINED'))
);
create index endings_referral_client on endings_referral (client_id);
create index endings_referral_therapist on endings_referral (therapist_id);
