-- The first schema: platform users and their sessions, office accounts and theirs, the user's own records
-- (bookings, appeals, applications, favourites, history), the answers kept for idempotency keys, and the
-- per-day counters that number bookings, appeals and applications.

-- a person as a platform knows them: WeChat's openid, Alipay's user id, or the test provider's name
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  provider text NOT NULL CHECK (provider IN ('wechat', 'alipay', 'test')),
  subject text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider, subject)
);

-- only a hash of each token is stored: a copy of the table opens no session
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- 12345 centre (role center) and the handling units (role unit, with their unit id); scrypt password hashes
CREATE TABLE office_accounts (
  id bigserial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('center', 'unit')),
  unit_id text,
  CHECK ((role = 'unit') = (unit_id IS NOT NULL))
);

CREATE TABLE office_sessions (
  token_hash text PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES office_accounts (id) ON DELETE CASCADE,
  expires_at bigint NOT NULL
);

-- the first successful answer to an Idempotency-Key, per user (or office account) and operation; a refusal
-- rolls its row back with everything else it did
CREATE TABLE idempotency_keys (
  -- 'user:<id>' or 'office:<id>'
  principal text NOT NULL,
  operation text NOT NULL,
  key text NOT NULL,
  target text NOT NULL,
  status integer NOT NULL,
  -- json, not jsonb: the answer replays byte for byte as it was first sent
  answer json NOT NULL,
  PRIMARY KEY (principal, operation, key)
);

-- per-day counters: a reference is taken in the transaction that stores its record, under the row's lock,
-- so a number is never given twice and a refused filing leaves no gap
CREATE TABLE daily_counters (
  scope text NOT NULL,
  day text NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (scope, day)
);

-- the places of a hall's slot on a day: the row every booking of that slot locks; the CHECK holds the
-- capacity even against a write that forgot to look
CREATE TABLE slots (
  hall_id text NOT NULL,
  date text NOT NULL,
  slot text NOT NULL,
  capacity integer NOT NULL,
  booked integer NOT NULL DEFAULT 0,
  PRIMARY KEY (hall_id, date, slot),
  CHECK (booked >= 0 AND booked <= capacity)
);

CREATE TABLE bookings (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  reference text NOT NULL UNIQUE,
  hall_id text NOT NULL,
  date text NOT NULL,
  slot text NOT NULL,
  -- the normalised ID number: one person holds one active booking per date and slot, in any hall
  person text NOT NULL,
  status text NOT NULL,
  created_at bigint NOT NULL,
  seq bigserial,
  record jsonb NOT NULL
);
CREATE UNIQUE INDEX bookings_one_person_per_slot ON bookings (date, slot, person) WHERE status = 'active';
CREATE INDEX bookings_user ON bookings (user_id, seq);
CREATE INDEX bookings_slot ON bookings (date, slot) WHERE status = 'active';

CREATE TABLE appeals (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  reference text NOT NULL UNIQUE,
  status text NOT NULL,
  unit_id text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  seen_at bigint NOT NULL DEFAULT 0,
  seq bigserial,
  record jsonb NOT NULL
);
CREATE INDEX appeals_user ON appeals (user_id, seq);
CREATE INDEX appeals_unit ON appeals (unit_id);

CREATE TABLE applications (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  reference text NOT NULL UNIQUE,
  matter_id text NOT NULL,
  status text NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  seen_at bigint NOT NULL DEFAULT 0,
  seq bigserial,
  record jsonb NOT NULL
);
CREATE INDEX applications_user ON applications (user_id, seq);

-- favourites and history: one row per (module, kind, id); seq orders them newest first
CREATE TABLE saved_items (
  user_id bigint NOT NULL REFERENCES users (id),
  list text NOT NULL CHECK (list IN ('favourites', 'history')),
  module text NOT NULL,
  kind text NOT NULL,
  item_id text NOT NULL,
  seq bigint NOT NULL,
  item jsonb NOT NULL,
  PRIMARY KEY (user_id, list, module, kind, item_id)
);
CREATE SEQUENCE saved_items_seq;
