-- Issue 16 item 7: the first run offers to write the safety plan "on a calm day", once.
-- A row here means the client said "not now": it is never offered again.
create table safety_plan_offer (
    client_id    uuid not null primary key,
    dismissed_at timestamp with time zone not null
);
