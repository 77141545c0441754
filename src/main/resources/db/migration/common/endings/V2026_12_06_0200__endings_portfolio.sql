-- endings: the client's carry-forward portfolio (one row per client) and the letters their
-- therapists wrote for it (one per client and therapist). The same SQL runs on H2
-- (PostgreSQL mode) and PostgreSQL. No foreign keys to other modules' tables.
create table endings_portfolio (
    client_id    uuid        not null primary key,
    -- what the client wrote, one JSON document {skillsThatWork, insights, relapseSigns,
    -- whatToDo, howToComeBack} encrypted with shared.TextCipher (docs/encryption.md), bound
    -- to endings_portfolio/<client id>/body: four lists of at most 20 entries of 500
    -- characters and a text of 2 000, at most ~170 000 bytes of JSON, ~230 000 in base64
    key_id       bigint      not null,
    body_cipher  varchar(300000) not null,
    -- the therapist the client lets read it (null: no one); a later therapist is not let in
    shared_with  uuid,
    updated_at   timestamp with time zone not null
);

create index endings_portfolio_key on endings_portfolio (key_id);

create table endings_portfolio_letter (
    id             uuid         not null primary key,
    client_id      uuid         not null,
    therapist_id   uuid         not null,
    -- the therapist's name as it was when they wrote (kept after the link ends)
    therapist_name varchar(100) not null,
    -- up to 20 000 characters, at most 80 000 bytes, ~107 000 in base64, bound to
    -- endings_portfolio_letter/<id>/letter
    key_id         bigint       not null,
    letter_cipher  varchar(120000) not null,
    written_at     timestamp with time zone not null,
    unique (client_id, therapist_id)
);

create index endings_portfolio_letter_key on endings_portfolio_letter (key_id);
