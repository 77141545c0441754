-- The feeling's strength is optional (issue 16): some entries are not about one feeling,
-- and a number asked for every time becomes a chore. The 0-10 check stays.
alter table journal_entry alter column intensity drop not null;
