-- sessions: the last one-tap record of a session ("started", "ended", "did not come") with what it
-- replaced, so that the therapist can undo it for five minutes (issue 16). One row per session, the
-- newest tap; a correction through the form or an undo removes it.
create table sessions_last_tap (
    session_id          uuid primary key,
    kind                varchar(16) not null,
    tapped_at           timestamp with time zone not null,
    previous_status     varchar(32) not null,
    previous_started_at timestamp with time zone,
    previous_ended_at   timestamp with time zone
);
