-- admin-api: signed-in console sessions. The browser holds a random token in an HttpOnly cookie;
-- only its SHA-256 is stored, so a copy of this table signs nobody in. A session ends when it is
-- idle too long, at its absolute end, or at sign-out (its row is deleted). Times are UTC.
CREATE TABLE console_session (
  token_hash CHAR(64) NOT NULL,
  username VARCHAR(64) NOT NULL,
  csrf_token VARCHAR(64) NOT NULL,
  active_role VARCHAR(16) NOT NULL,
  zone VARCHAR(64) NULL,
  created_at DATETIME(3) NOT NULL,
  last_seen_at DATETIME(3) NOT NULL,
  idle_until DATETIME(3) NOT NULL,
  ends_at DATETIME(3) NOT NULL,
  PRIMARY KEY (token_hash)
);
CREATE INDEX ix_console_session_user ON console_session (username);
CREATE INDEX ix_console_session_ends ON console_session (ends_at);
