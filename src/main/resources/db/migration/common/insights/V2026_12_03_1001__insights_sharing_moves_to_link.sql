-- insights: whether a client shares their insights is now one category of the link's sharing choice
-- (accounts_link.share_insights). A client who had turned it on keeps it on with their current therapist;
-- without an active link there is nobody to share with, and a new link starts with everything off.
update accounts_link set share_insights = true, sharing_changed_at = (
        select s.changed_at from insights_sharing s where s.client_id = accounts_link.client_id)
    where ended_at is null
      and client_id in (select client_id from insights_sharing where shared = true);
drop table insights_sharing;
