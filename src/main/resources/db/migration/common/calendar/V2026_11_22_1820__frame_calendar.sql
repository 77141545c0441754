-- The private calendar feed, one row per user who ever asked for one. The token is kept
-- as it is (not hashed) so that the account page and GET /api/v1/calendar/feed-url can
-- show the link again; it only opens the session times this same database holds anyway.
-- A revoked feed keeps its row (token null) so that the therapist's client-name choice
-- survives a new link. No foreign key to accounts (modules own their tables).
create table frame_calendar_feed (
    user_id            uuid primary key,
    token              varchar(64) unique,
    show_client_names  boolean not null default false,
    changed_at         timestamp with time zone not null
);
