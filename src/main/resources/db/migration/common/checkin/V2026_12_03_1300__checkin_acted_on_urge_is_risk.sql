-- A check-in that said "I acted on an urge" to hurt oneself or on thoughts of suicide is a
-- risk whatever the ratings (issue 10): flag the ones stored before the rule existed, so
-- that they reach the therapist's brief like every other risk flag.
update checkin_entry set risk_flagged = true
where risk_flagged = false
  and id in (select checkin_id from checkin_action
             where action_type = 'ACTED_ON_URGE' and urge in ('SELF_HARM', 'SUICIDAL_THOUGHTS'));
