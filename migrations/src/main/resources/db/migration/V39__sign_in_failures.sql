-- admin-api: failed sign-ins (console form and POST /login), kept for the throttle's window so that
-- every instance behind a load balancer counts the same failures. A user name is stored as typed,
-- lower-cased and cut to 128 characters; rows older than the window are deleted as new ones come.
CREATE TABLE sign_in_failure (
  id BIGINT NOT NULL AUTO_INCREMENT,
  username VARCHAR(128) NOT NULL,
  address VARCHAR(64) NOT NULL,
  failed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_failure_user ON sign_in_failure (username, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX ix_sign_in_failure_at ON sign_in_failure (failed_at);
