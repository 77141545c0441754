-- accounts: what the linked therapist sees, chosen by the client per category and kept with the link.
-- Every category is off for a new link; existing links start with everything off too (see the report
-- of issue 10: the invitation promised "everything else stays private until you choose to share it").
alter table accounts_link add column share_checkins boolean not null default false;
alter table accounts_link add column share_risk_flags boolean not null default false;
alter table accounts_link add column share_measures boolean not null default false;
alter table accounts_link add column share_skills boolean not null default false;
alter table accounts_link add column share_insights boolean not null default false;
alter table accounts_link add column sharing_changed_at timestamp with time zone;
