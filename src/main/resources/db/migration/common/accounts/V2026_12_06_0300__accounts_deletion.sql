-- accounts: a deletion the person asked for. Sign-in is refused while the row exists; the
-- data module erases everything of the person once erase_after has passed (issue 15), and
-- a restore within the grace period deletes the row.
create table accounts_deletion (
    user_id       uuid primary key references accounts_user (id),
    requested_at  timestamp with time zone not null,
    erase_after   timestamp with time zone not null
);
create index accounts_deletion_due on accounts_deletion (erase_after);
