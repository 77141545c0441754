-- safety: who wrote each version (null: the client; else the therapist whose proposal the
-- client accepted), the therapist's proposals, and the date the plan was last gone through
-- together. Proposal text is stored like the plan's own text (in clear today).
alter table safety_plan_version add column written_by_id uuid;
alter table safety_plan_version add column written_by_name varchar(200);

create table safety_plan_proposal (
    id                     uuid primary key,
    client_id              uuid not null,
    therapist_id           uuid not null,
    therapist_name         varchar(200) not null,
    based_on_version       int not null,
    warning_signs          varchar(30000) not null,
    coping_strategies      varchar(30000) not null,
    distractions           varchar(30000) not null,
    people_to_ask          varchar(30000) not null,
    professionals          varchar(30000) not null,
    environment_safety     varchar(30000) not null,
    reasons_for_living     varchar(30000) not null,
    note                   varchar(2000),
    status                 varchar(10) not null,
    created_at             timestamp with time zone not null,
    decided_at             timestamp with time zone,
    accepted_version       int
);
create index safety_plan_proposal_client on safety_plan_proposal (client_id, status);

create table safety_plan_review (
    client_id              uuid primary key,
    reviewed_on            date not null,
    recorded_at            timestamp with time zone not null
);
