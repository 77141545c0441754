-- sessions: a ruling keeps the first day of the policy version that decided it, so that
-- showing a cancelled session needs no policy lookup. Existing rulings take it from the
-- version they name. The same SQL runs on H2 (PostgreSQL mode) and PostgreSQL.
alter table frame_session add column policy_effective_from date;

update frame_session
   set policy_effective_from = (select v.effective_from
                                  from frame_policy_version v
                                 where v.therapist_id = frame_session.therapist_id
                                   and v.version = frame_session.policy_version)
 where policy_version is not null;
