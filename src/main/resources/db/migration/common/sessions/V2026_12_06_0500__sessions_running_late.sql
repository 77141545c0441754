-- Issue 18: "I'm running late", said by the session's therapist in time. One announcement
-- per session (a second one replaces it): the minutes (5/10/15/20/30), whether the session
-- will still have its full length, and when it was said (to tell announced late starts
-- from unannounced ones in punctuality).
alter table frame_session add column late_minutes integer;
alter table frame_session add column late_full_length boolean;
alter table frame_session add column late_announced_at timestamp with time zone;
