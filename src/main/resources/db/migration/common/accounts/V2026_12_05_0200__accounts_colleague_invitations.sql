-- accounts: an invitation is for a client (the link) or for a colleague (two therapists who may
-- cover for each other). Both kinds share the code, its hash, expiry and failed-attempt handling;
-- a code of one kind never opens the other. Invitations from before this were all for clients.
alter table accounts_invitation add column kind varchar(16) default 'CLIENT' not null;
