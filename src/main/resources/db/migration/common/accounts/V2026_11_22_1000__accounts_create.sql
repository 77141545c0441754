-- accounts: people, their sign-in secrets, invitations and client-therapist links.
create table accounts_user (
    id             uuid primary key,
    email          varchar(254) not null,
    password_hash  varchar(200) not null,
    display_name   varchar(100) not null,
    role           varchar(16)  not null,
    time_zone      varchar(64)  not null,
    locale         varchar(35)  not null,
    totp_secret    varchar(64),
    totp_enabled   boolean      not null default false,
    created_at     timestamp with time zone not null,
    version        bigint       not null
);
create unique index accounts_user_email on accounts_user (email);

-- Bearer tokens for /api/v1: only the SHA-256 of the token is kept.
create table accounts_api_token (
    id          uuid primary key,
    user_id     uuid not null references accounts_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    version     bigint not null
);
create unique index accounts_api_token_hash on accounts_api_token (token_hash);
create index accounts_api_token_user on accounts_api_token (user_id);

create table accounts_invitation (
    id            uuid primary key,
    therapist_id  uuid not null references accounts_user (id),
    code_hash     varchar(64) not null,
    email         varchar(254),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    accepted_at   timestamp with time zone,
    accepted_by   uuid references accounts_user (id),
    version       bigint not null
);
create unique index accounts_invitation_code on accounts_invitation (code_hash);

-- active_client_id equals client_id while the link is active and is null once it ended:
-- its unique index keeps a client to one active therapist on H2 and PostgreSQL alike.
create table accounts_link (
    id                uuid primary key,
    therapist_id      uuid not null references accounts_user (id),
    client_id         uuid not null references accounts_user (id),
    active_client_id  uuid,
    since             timestamp with time zone not null,
    ended_at          timestamp with time zone,
    version           bigint not null
);
create unique index accounts_link_active_client on accounts_link (active_client_id);
create index accounts_link_therapist on accounts_link (therapist_id);

create table accounts_password_reset (
    id          uuid primary key,
    user_id     uuid not null references accounts_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    version     bigint not null
);
create unique index accounts_password_reset_token on accounts_password_reset (token_hash);

-- Failed sign-ins, token requests, codes and invitation acceptances, for rate limits.
create table accounts_failed_attempt (
    id           uuid primary key,
    account_key  varchar(254) not null,
    address      varchar(64)  not null,
    at           timestamp with time zone not null
);
create index accounts_failed_attempt_account on accounts_failed_attempt (account_key, at);
create index accounts_failed_attempt_address on accounts_failed_attempt (address, at);

-- Therapists a therapist names as colleagues of the same practice (for coverage).
create table accounts_colleague (
    id            uuid primary key,
    therapist_id  uuid not null references accounts_user (id),
    colleague_id  uuid not null references accounts_user (id),
    since         timestamp with time zone not null,
    version       bigint not null
);
create unique index accounts_colleague_pair on accounts_colleague (therapist_id, colleague_id);

-- Append-only and tamper-evident: each row's hash covers its fields and the previous row's
-- hash. Content is never stored here, only who did what to whose item and when.
create table audit_log (
    seq          bigint primary key,
    at           timestamp with time zone not null,
    actor_id     uuid,
    action       varchar(64) not null,
    subject_id   uuid,
    item_type    varchar(64),
    item_id      varchar(64),
    prev_hash    varchar(64) not null,
    hash         varchar(64) not null
);
create index audit_log_subject on audit_log (subject_id, seq);

-- One row, locked while a row is appended, so that the chain has no forks; it also holds
-- the last hash, so deleting the newest rows is detected too.
create table audit_log_head (
    id         int primary key,
    last_seq   bigint not null,
    last_hash  varchar(64) not null
);
insert into audit_log_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
