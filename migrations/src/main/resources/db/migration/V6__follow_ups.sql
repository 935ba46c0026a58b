-- campaign-engine: follow-up calls. Only the next live step of a record has a row; the row keeps
-- the campaign version it was planned under. Indexed for the dispatcher's claim by due time.
CREATE TABLE follow_up (
  id BIGINT NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
  record_pk BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  campaign_version INT NOT NULL,
  step INT NOT NULL,
  phone VARCHAR(20) NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  window_start DATETIME(3) NOT NULL,
  deadline DATETIME(3) NOT NULL,
  next_attempt_at DATETIME(3) NULL,
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL,
  missed_reason VARCHAR(32) NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_follow_up_step UNIQUE (record_pk, campaign, step)
);
CREATE INDEX ix_follow_up_due ON follow_up (status, next_attempt_at);
