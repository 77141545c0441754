-- A new e-mail address waiting for its confirmation link (issue 16): the address changes
-- only when the person opens the link sent to it, so a typo or someone else's address
-- never takes over the account's sign-in.
create table accounts_email_change (
    id          uuid primary key,
    user_id     uuid not null references accounts_user (id),
    new_email   varchar(254) not null,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index accounts_email_change_user on accounts_email_change (user_id);
