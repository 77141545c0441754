-- The journal: entries encrypted at rest (title and body are base64 Tink AEAD ciphertexts,
-- associated data bound to the entry id), and the therapist reads the client sees.
-- The same DDL runs on H2 (PostgreSQL mode) and PostgreSQL.
create table journal_entry (
    id                   uuid primary key,
    client_id            uuid not null,
    -- the Tink key id (unsigned 32 bit) the title and body were encrypted with
    key_id               bigint not null,
    -- a title of up to 200 characters: at most 800 UTF-8 bytes + 28 bytes of AEAD, in base64
    title_cipher         varchar(2000),
    -- a body of up to 20 000 characters: at most 60 000 UTF-8 bytes + 28, in base64 (80 040)
    body_cipher          varchar(100000) not null,
    intensity            int not null,
    bring_to_session     boolean not null,
    share_with_therapist boolean not null,
    shared_at            timestamp with time zone,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint journal_entry_intensity check (intensity between 0 and 10)
);

create index journal_entry_client_created on journal_entry (client_id, created_at);
create index journal_entry_key on journal_entry (key_id);

create table journal_read (
    id         uuid primary key,
    entry_id   uuid not null,
    client_id  uuid not null,
    reader_id  uuid not null,
    at         timestamp with time zone not null,
    constraint journal_read_entry foreign key (entry_id) references journal_entry (id) on delete cascade
);

create index journal_read_entry on journal_read (entry_id, at);
