-- Secure messages (issue 13): a thread per message a client sends in an agreed category, and
-- the messages in it. Every text is encrypted at rest with shared.TextCipher (base64 in
-- body_cipher, the key in key_id; docs/encryption.md). A message that was not delivered is
-- never here: it is a journal entry. The same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.
create table messages_thread (
    id            uuid primary key,
    client_id     uuid not null,
    therapist_id  uuid not null,
    -- a contact category (contact.ContactCategory) the agreement allowed when it was sent
    category      varchar(32) not null,
    -- the agreement in force when the thread was opened or last written to by the client
    agreement_id  uuid not null,
    opened_at     timestamp with time zone not null,
    -- when the therapist's answer is due; kept after they answered
    respond_by    timestamp with time zone not null,
    -- when the therapist answered; null while an answer is owed
    answered_at   timestamp with time zone,
    last_at       timestamp with time zone not null
);

create index messages_thread_client on messages_thread (client_id, last_at);
create index messages_thread_therapist on messages_thread (therapist_id, last_at);

create table messages_entry (
    id           uuid primary key,
    thread_id    uuid not null,
    author_id    uuid not null,
    -- CLIENT or THERAPIST
    author       varchar(16) not null,
    key_id       bigint not null,
    -- up to 2 000 characters: at most 8 000 UTF-8 bytes, 10 712 in base64 with the 33 bytes of Tink
    body_cipher  varchar(12000) not null,
    sent_at      timestamp with time zone not null,
    -- when the other side first opened the thread after it
    read_at      timestamp with time zone,
    constraint messages_entry_thread foreign key (thread_id) references messages_thread (id),
    constraint messages_entry_author check (author in ('CLIENT', 'THERAPIST'))
);

create index messages_entry_thread on messages_entry (thread_id, sent_at);
create index messages_entry_key on messages_entry (key_id);
