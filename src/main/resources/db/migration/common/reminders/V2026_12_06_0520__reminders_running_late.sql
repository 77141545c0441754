-- Issue 18: the client may choose an e-mail when their therapist says they are running
-- late for an appointment about to begin; off for everyone until they turn it on.
alter table reminders_preference add column running_late_enabled boolean default false not null;
