-- An entry another module puts on the client's agenda for them (endings: "I would like to
-- talk about the ending") has no intensity: the client did not rate a feeling. Entries the
-- client writes still require one (Journal.write).
alter table journal_entry alter column intensity drop not null;
