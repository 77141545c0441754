-- accounts: the person's country (ISO 3166 alpha-2), the one setting that picks their crisis lines.
-- Null for accounts from before it existed until they choose one (the time zone stands in).
alter table accounts_user add column country varchar(2);
