-- Reminders ask every few minutes for the sessions still on that start in the next three
-- days, across all therapists: an index on the start alone keeps that one range scan.
create index frame_session_starts_at on frame_session (starts_at);
