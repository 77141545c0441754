-- The feeling's strength is optional (issue 16): some entries are not about one feeling,
-- and an entry another module puts on the client's agenda for them (endings: "I would
-- like to talk about the ending") has none. The 0-10 check stays.
alter table journal_entry alter column intensity drop not null;
