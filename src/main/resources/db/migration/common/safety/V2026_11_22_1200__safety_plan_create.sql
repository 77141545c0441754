-- safety: every save of a safety plan is a new version; nothing is overwritten.
-- The lists are JSON arrays of strings (or of {name, phone} for people and professionals).
create table safety_plan_version (
    id                     uuid primary key,
    client_id              uuid not null,
    version                int not null,
    warning_signs          varchar(30000) not null,
    coping_strategies      varchar(30000) not null,
    distractions           varchar(30000) not null,
    people_to_ask          varchar(30000) not null,
    professionals          varchar(30000) not null,
    environment_safety     varchar(30000) not null,
    reasons_for_living     varchar(30000) not null,
    crisis_country         varchar(2),
    shared_with_therapist  boolean not null,
    created_at             timestamp with time zone not null
);
create unique index safety_plan_version_client on safety_plan_version (client_id, version);
