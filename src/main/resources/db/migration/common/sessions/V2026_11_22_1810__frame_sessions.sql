-- frame: standing appointments and the sessions they (and one-off bookings) make.
-- No foreign keys to accounts' tables (module boundary). A cancelled or missed session
-- keeps its ruling in its own row: the policy version that decided it, late or not, the fee.
create table frame_standing_appointment (
    id               uuid        not null primary key,
    therapist_id     uuid        not null,
    client_id        uuid        not null,
    weekday          smallint    not null check (weekday between 1 and 7),
    start_time       time        not null,
    duration_minutes smallint    not null check (duration_minutes between 10 and 240),
    every_weeks      smallint    not null check (every_weeks in (1, 2)),
    start_date       date        not null,
    end_date         date,
    -- The therapist's zone when the appointment was made: the local time is kept in it.
    time_zone        varchar(64) not null,
    video_link       varchar(500),
    generated_until  date        not null,
    created_at       timestamp with time zone not null,
    ended_at         timestamp with time zone
);

create index frame_standing_therapist on frame_standing_appointment (therapist_id);
create index frame_standing_client on frame_standing_appointment (client_id);

create table frame_session (
    id              uuid        not null primary key,
    therapist_id    uuid        not null,
    client_id       uuid        not null,
    standing_id     uuid        references frame_standing_appointment (id),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    kind            varchar(10) not null,
    status          varchar(30) not null,
    video_link      varchar(500),
    make_up_for     uuid,
    started_at      timestamp with time zone,
    ended_at        timestamp with time zone,
    created_at      timestamp with time zone not null,
    cancelled_at    timestamp with time zone,
    cancelled_by    uuid,
    cancel_reason   varchar(1000),
    late            boolean,
    fee             numeric(10, 2),
    currency        char(3),
    slot_held       boolean,
    make_up_offered boolean,
    policy_version  integer,
    notice_hours    integer,
    check (ends_at > starts_at)
);

create index frame_session_therapist_at on frame_session (therapist_id, starts_at);
create index frame_session_client_at on frame_session (client_id, starts_at);
create unique index frame_session_standing_at on frame_session (standing_id, starts_at);
