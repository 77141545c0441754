-- Transactional outbox: an e-mail is queued in the same transaction as the change that
-- causes it and sent later; nothing is lost while the mail server is down.
create table notify_outbox (
    id               uuid primary key,
    recipient        varchar(254) not null,
    subject          varchar(200) not null,
    body             varchar(8000) not null,
    created_at       timestamp with time zone not null,
    attempts         int not null,
    next_attempt_at  timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(500),
    version          bigint not null
);
create index notify_outbox_due on notify_outbox (sent_at, next_attempt_at);
