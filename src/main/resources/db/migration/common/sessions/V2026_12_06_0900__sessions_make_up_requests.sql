-- Issue 16 item 11: a client asks for a make-up session (up to three times that suit
-- them) where the cancellation's ruling offered one; the therapist confirms one, which
-- books a MAKE_UP session (booked_session_id). One request per cancelled session.
create table sessions_make_up_request (
    id                uuid        not null primary key,
    session_id        uuid        not null,
    client_id         uuid        not null,
    therapist_id      uuid        not null,
    status            varchar(20) not null,
    option_1          timestamp with time zone not null,
    option_2          timestamp with time zone,
    option_3          timestamp with time zone,
    duration_minutes  integer     not null,
    created_at        timestamp with time zone not null,
    confirmed_at      timestamp with time zone,
    booked_session_id uuid
);

create unique index sessions_make_up_request_session on sessions_make_up_request (session_id);
create index sessions_make_up_request_therapist on sessions_make_up_request (therapist_id, status);
create index sessions_make_up_request_client on sessions_make_up_request (client_id);
