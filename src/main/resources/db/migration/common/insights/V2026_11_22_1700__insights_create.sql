-- insights owns no primary data: only whether the client shares it with their therapist.
create table insights_sharing (
    client_id   uuid primary key,
    shared      boolean not null,
    changed_at  timestamp with time zone not null
);
