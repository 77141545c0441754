-- reminders: the e-mail reminders people turned on, what was sent, and the unsubscribe
-- tokens. No foreign keys to other modules' tables (user ids belong to accounts).

-- One row per person who ever saved a choice; no row means every type off and quiet
-- hours 21:00-08:00. Times are "HH:mm" in the person's own zone.
create table reminders_preference (
    user_id                   uuid primary key,
    session_enabled           boolean not null,
    session_hours_before      integer not null,
    measure_due_enabled       boolean not null,
    agreement_review_enabled  boolean not null,
    replies_enabled           boolean not null,
    quiet_from                varchar(5) not null,
    quiet_to                  varchar(5) not null,
    changed_at                timestamp with time zone not null
);

-- Every reminder that went out. The keys are the rules: never twice for one fact, at most
-- one per type and day (the day in the person's zone), also with two instances at once.
create table reminders_sent (
    user_id    uuid not null,
    type       varchar(30) not null,
    fact_key   varchar(200) not null,
    local_day  date not null,
    sent_at    timestamp with time zone not null,
    primary key (user_id, type, fact_key),
    constraint reminders_sent_daily unique (user_id, type, local_day)
);

-- One token per e-mail, kept only as its SHA-256 (hex): the link in the mail and its
-- List-Unsubscribe header turn that person's reminders of that type off.
create table reminders_unsubscribe (
    token_hash  varchar(64) primary key,
    user_id     uuid not null,
    type        varchar(30) not null,
    created_at  timestamp with time zone not null
);
create index reminders_unsubscribe_user on reminders_unsubscribe (user_id);
