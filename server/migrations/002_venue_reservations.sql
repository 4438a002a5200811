-- 文化生活: timed-entry reservations of the culture venues. As for hall bookings, a reservation locks its slot's
-- row and counts its party there under a CHECK on the capacity; every visitor holds one place per slot through a
-- unique index over the active reservations' visitors.

CREATE TABLE venue_slots (
  venue_id text NOT NULL,
  date text NOT NULL,
  slot text NOT NULL,
  capacity integer NOT NULL,
  booked integer NOT NULL DEFAULT 0,
  PRIMARY KEY (venue_id, date, slot),
  CHECK (booked >= 0 AND booked <= capacity)
);

CREATE TABLE venue_reservations (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  reference text NOT NULL UNIQUE,
  venue_id text NOT NULL,
  date text NOT NULL,
  slot text NOT NULL,
  status text NOT NULL,
  created_at bigint NOT NULL,
  seq bigserial,
  record jsonb NOT NULL
);
CREATE INDEX venue_reservations_user ON venue_reservations (user_id, seq);
CREATE INDEX venue_reservations_day ON venue_reservations (venue_id, date) WHERE status = 'active';

-- one row per visitor of a reservation; `person` is the visitor's key (document type and normalised number)
CREATE TABLE venue_visitors (
  reservation_id text NOT NULL REFERENCES venue_reservations (id) ON DELETE CASCADE,
  venue_id text NOT NULL,
  date text NOT NULL,
  slot text NOT NULL,
  person text NOT NULL,
  active boolean NOT NULL,
  PRIMARY KEY (reservation_id, person)
);
CREATE UNIQUE INDEX venue_visitors_one_place ON venue_visitors (venue_id, date, slot, person) WHERE active;
