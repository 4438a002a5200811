-- Every office action, who did it and when, written in the transaction of the action itself: the account, its role
-- and unit, the record it acted on and the event. No personal data: no notes, texts or contacts, only names of steps.
CREATE TABLE office_audit (
  id bigserial PRIMARY KEY,
  at bigint NOT NULL,
  account_id bigint NOT NULL REFERENCES office_accounts (id),
  role text NOT NULL,
  unit_id text,
  kind text NOT NULL CHECK (kind IN ('appeal', 'application')),
  record_id text NOT NULL,
  event text NOT NULL,
  status_after text NOT NULL
);
CREATE INDEX office_audit_record ON office_audit (kind, record_id, id);
