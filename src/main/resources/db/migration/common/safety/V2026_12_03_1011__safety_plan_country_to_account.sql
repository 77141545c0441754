-- safety: the country chosen on the safety plan becomes the person's one country setting
-- (accounts_user.country); the plan no longer asks for it. Only the newest version counts,
-- as it did for the crisis lines. The column stays, so that old versions read as they were.
update accounts_user set country = (
    select p.crisis_country from safety_plan_version p
    where p.client_id = accounts_user.id
      and p.version = (select max(q.version) from safety_plan_version q where q.client_id = accounts_user.id))
where exists (
    select 1 from safety_plan_version p
    where p.client_id = accounts_user.id and p.crisis_country is not null
      and p.version = (select max(q.version) from safety_plan_version q where q.client_id = accounts_user.id));
