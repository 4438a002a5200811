-- Rate limits, shared by every server process: hits per key (a client address, a user's writes) per fixed window.
CREATE TABLE rate_windows (
  key text NOT NULL,
  window_start bigint NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
