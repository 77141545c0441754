-- toolbox: a client's own skills (written by them or added by their therapist), their
-- steps, and each practice with distress before and after. Built-in skills live in code
-- (org.between.toolbox.BuiltInSkill) with stable ids and are not stored here. No foreign
-- keys to other modules' tables (client and therapist ids belong to accounts).
create table toolbox_skill (
    id            uuid         not null primary key,
    client_id     uuid         not null,
    name          varchar(100) not null,
    tags          varchar(200) not null,
    added_by      uuid,
    rhythm        varchar(200),
    created_at    timestamp with time zone not null,
    removed_at    timestamp with time zone
);

create index toolbox_skill_client on toolbox_skill (client_id, created_at);

create table toolbox_skill_step (
    skill_id      uuid         not null,
    position      int          not null,
    text          varchar(500) not null,
    primary key (skill_id, position)
);

create table toolbox_practice (
    id              uuid          not null primary key,
    client_id       uuid          not null,
    skill_id        uuid          not null,
    distress_before int           not null,
    distress_after  int           not null,
    situation       varchar(20),
    minutes         int,
    note            varchar(2000),
    practised_at    timestamp with time zone not null
);

create index toolbox_practice_client on toolbox_practice (client_id, practised_at);
