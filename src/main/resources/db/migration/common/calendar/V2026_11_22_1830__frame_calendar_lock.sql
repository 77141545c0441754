-- frame: one row per therapist whose calendar has been written, locked (select … for
-- update) while a booking checks for overlaps and inserts, so that two bookings at the
-- same moment cannot both pass the check.
create table frame_therapist_calendar (
    therapist_id uuid not null primary key
);
