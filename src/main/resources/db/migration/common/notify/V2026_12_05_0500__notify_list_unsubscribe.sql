-- A reminder people asked for carries a one-click way to stop it (RFC 8058): the address
-- of its unsubscribe page goes into the List-Unsubscribe header. It holds a secret token,
-- so it is cleared with the body once the mail is sent.
alter table notify_outbox add column list_unsubscribe varchar(1000);
