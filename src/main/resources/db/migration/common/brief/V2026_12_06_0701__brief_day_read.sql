-- brief: the days on which a therapist's home page read what is new from a client (issue 16), so that
-- the client's access log gets one row per therapist, client and day, not one per visit to the home page.
create table brief_day_read (
    therapist_id uuid not null,
    client_id    uuid not null,
    read_on      date not null,
    primary key (therapist_id, client_id, read_on)
);
