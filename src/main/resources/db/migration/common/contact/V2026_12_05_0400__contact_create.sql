-- The contact agreement (issue 13): proposals, the agreement in force and their history,
-- and the risk alerts sent under it. Rows are never deleted. The same DDL runs on H2
-- (PostgreSQL mode) and PostgreSQL.
create table contact_agreement (
    id                   uuid primary key,
    client_id            uuid not null,
    therapist_id         uuid not null,
    -- PROPOSED, DISCUSS, ACCEPTED, SUPERSEDED or REPLACED
    status               varchar(16) not null,
    -- the agreed categories' names, comma-separated (may be empty: no contact between sessions)
    allowed_categories   varchar(200) not null,
    response_time_hours  int not null,
    -- the reading hours: day numbers 1 (Monday) to 7, comma-separated; local times in reading_zone
    reading_days         varchar(20) not null,
    reading_from         time not null,
    reading_to           time not null,
    reading_zone         varchar(64) not null,
    -- the therapist's words (up to 2 000 characters; room for their ciphertext in base64)
    crisis_instructions  varchar(10000) not null,
    during_absences      varchar(10000),
    review_date          date,
    risk_email_alerts    boolean not null,
    proposed_at          timestamp with time zone not null,
    accepted_at          timestamp with time zone,
    discussed_at         timestamp with time zone,
    -- when it was superseded by a newer accepted one, or replaced by a newer proposal
    ended_at             timestamp with time zone,
    -- the journal entry that put it on the agenda ("let's talk about it")
    discussion_entry_id  uuid,
    constraint contact_agreement_status
        check (status in ('PROPOSED', 'DISCUSS', 'ACCEPTED', 'SUPERSEDED', 'REPLACED')),
    constraint contact_agreement_response_time check (response_time_hours between 1 and 168)
);

create index contact_agreement_client on contact_agreement (client_id, proposed_at);
create index contact_agreement_therapist on contact_agreement (therapist_id, status);

-- One row per e-mail sent to a therapist under an agreement's riskEmailAlerts; never the
-- reasons or anything the client wrote.
create table contact_risk_alert (
    id            uuid primary key,
    client_id     uuid not null,
    therapist_id  uuid not null,
    agreement_id  uuid not null,
    sent_at       timestamp with time zone not null,
    constraint contact_risk_alert_agreement foreign key (agreement_id) references contact_agreement (id)
);

create index contact_risk_alert_client on contact_risk_alert (client_id, sent_at);
