-- The practice policy (issue 6, parts 1 and 2): versions announced with notice, a fee per
-- client, and what each client acknowledged. Versions are never changed or deleted, so
-- past versions stay readable. Money is numeric(10,2), currencies ISO 4217 codes.
-- The same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.
create table frame_policy_version (
    therapist_id              uuid not null,
    version                   int not null,
    -- the first day, in the therapist's time zone
    effective_from            date not null,
    -- the start of that day, or the moment of publishing when later (changes in the
    -- client's favour that take effect at once)
    effective_at              timestamp with time zone not null,
    published_at              timestamp with time zone not null,
    cancellation_notice_hours int not null,
    late_cancellation_fee     numeric(10,2) not null,
    fee_per_session           numeric(10,2) not null,
    currency                  char(3) not null,
    hold_slot_on_cancellation boolean not null,
    make_up                   varchar(20) not null,
    sliding_scale_note        varchar(1000),
    constraint frame_policy_version_pk primary key (therapist_id, version),
    constraint frame_policy_version_notice check (cancellation_notice_hours between 0 and 336),
    constraint frame_policy_version_fees check (late_cancellation_fee >= 0 and fee_per_session >= 0)
);

create table frame_client_fee (
    id              uuid primary key,
    therapist_id    uuid not null,
    client_id       uuid not null,
    fee_per_session numeric(10,2) not null,
    effective_from  date not null,
    effective_at    timestamp with time zone not null,
    set_at          timestamp with time zone not null,
    note            varchar(1000),
    constraint frame_client_fee_positive check (fee_per_session >= 0)
);

create index frame_client_fee_pair on frame_client_fee (therapist_id, client_id, effective_at);

create table frame_policy_acknowledgement (
    therapist_id    uuid not null,
    client_id       uuid not null,
    version         int not null,
    acknowledged_at timestamp with time zone not null,
    constraint frame_policy_acknowledgement_pk primary key (client_id, therapist_id, version),
    constraint frame_policy_acknowledgement_version foreign key (therapist_id, version)
        references frame_policy_version (therapist_id, version)
);
