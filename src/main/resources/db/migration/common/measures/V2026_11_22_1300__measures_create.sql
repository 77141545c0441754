-- measures: questionnaire responses and the schedules therapists set. No foreign keys to
-- other modules' tables (client and therapist ids belong to accounts).
create table measures_response (
    id           uuid         not null primary key,
    client_id    uuid         not null,
    code         varchar(20)  not null,
    answers      varchar(100) not null,
    score        integer      not null,
    severity     varchar(30),
    risk_flagged boolean      not null,
    answered_at  timestamp with time zone not null
);

create index measures_response_client_code on measures_response (client_id, code, answered_at);

create table measures_schedule (
    client_id    uuid        not null,
    code         varchar(20) not null,
    every_days   integer     not null,
    therapist_id uuid        not null,
    set_at       timestamp with time zone not null,
    primary key (client_id, code)
);
