-- The job queue (server/jobs): deadline reminders and overdue marks for the office, the follow-up tasks of a 差评,
-- the subscribe-message templates a resident accepted, and the outbox that records each status message once.
-- Every time is epoch milliseconds of the server's business clock, the clock the deadlines are counted on.

-- one row per job; a job's key is unique, so enqueueing the same work twice is one job
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  key text NOT NULL UNIQUE,
  payload jsonb NOT NULL DEFAULT '{}',
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  run_at bigint NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 8,
  -- a running job's lease: past it, another worker may take the job (its worker is presumed dead)
  locked_until bigint,
  locked_by text,
  last_error text,
  created_at bigint NOT NULL,
  finished_at bigint
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE state IN ('pending', 'running');

-- what the office console shows the handling unit: a deadline coming (dueSoon) or passed unmet (overdue)
CREATE TABLE office_reminders (
  id bigserial PRIMARY KEY,
  record_kind text NOT NULL CHECK (record_kind IN ('appeal', 'application')),
  record_id text NOT NULL,
  unit_id text,
  -- an appeal's deadline kind (contact, reply, close) or a 差评 follow-up step (callback, rectify)
  item text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('dueSoon', 'overdue')),
  due_at bigint NOT NULL,
  at bigint NOT NULL,
  UNIQUE (record_kind, record_id, item, due_at, kind)
);
CREATE INDEX office_reminders_unit ON office_reminders (unit_id, id);
CREATE INDEX office_reminders_record ON office_reminders (record_kind, record_id);

-- the follow-up a 差评 starts: call the resident back within 1 working day, rectify within 15
CREATE TABLE follow_ups (
  record_kind text NOT NULL CHECK (record_kind IN ('appeal', 'application')),
  record_id text NOT NULL,
  round integer NOT NULL,
  unit_id text,
  level integer NOT NULL,
  rated_at bigint NOT NULL,
  callback_due_at bigint NOT NULL,
  rectify_due_at bigint NOT NULL,
  called_back_at bigint,
  rectified_at bigint,
  PRIMARY KEY (record_kind, record_id, round)
);

-- a template the resident accepted; a one-time template allows one message per acceptance, so a send uses the
-- grant (used_at) and the next message of it waits for the next acceptance
CREATE TABLE subscriptions (
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  template_id text NOT NULL,
  record_kind text NOT NULL CHECK (record_kind IN ('appeal', 'application')),
  granted_at bigint NOT NULL,
  used_at bigint,
  PRIMARY KEY (user_id, template_id)
);

-- one row per message the resident is owed: the unique key holds a status change to one message whatever retries
-- or workers do; state: pending → sending (committed before the platform is called) → sent, or skipped (no
-- subscription, no platform), failed (the platform refused for good), unknown (the send was interrupted after
-- the request left: never sent again)
CREATE TABLE message_outbox (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  record_kind text NOT NULL CHECK (record_kind IN ('appeal', 'application')),
  record_id text NOT NULL,
  event_kind text NOT NULL,
  event_id text NOT NULL,
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'sending', 'sent', 'skipped', 'failed', 'unknown')),
  provider text,
  template_id text,
  attempts integer NOT NULL DEFAULT 0,
  created_at bigint NOT NULL,
  sending_at bigint,
  sent_at bigint,
  platform_id text,
  reason text,
  UNIQUE (user_id, record_kind, record_id, event_kind, event_id)
);
