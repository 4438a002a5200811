-- 客流 实时: the latest visitor count each sight's gate system reported (PUT /office/sights/{id}/visitors), one row
-- per sight. A report replaces the row only when it was counted later than the one kept, so a gate's late retry
-- never puts an older count back.
CREATE TABLE sight_visitors (
  sight_id text PRIMARY KEY,
  count integer NOT NULL CHECK (count >= 0),
  capacity integer CHECK (capacity > 0),
  -- when the gate counted (epoch ms), as the gate says
  at bigint NOT NULL,
  -- when the server took the report (epoch ms)
  reported_at bigint NOT NULL
);
