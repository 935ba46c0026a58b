-- dialer: every dial attempt and what became of its call. The id is assigned by the application
-- before the provider is asked (it is the placement's idempotency key); stage only moves forward
-- (0 placing, 1 placed, 2 ringing, 3 answered, 4 ended), which makes replayed and reordered
-- provider callbacks harmless. Instants are UTC.
CREATE TABLE call_attempt (
  id BIGINT NOT NULL,
  follow_up_id BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  telephony_mode VARCHAR(10) NOT NULL,
  machine_behaviour VARCHAR(16) NOT NULL,
  machine_message VARCHAR(1000) NULL,
  abandon_message VARCHAR(1000) NULL,
  provider_call_id VARCHAR(64) NULL,
  stage INT NOT NULL,
  agent VARCHAR(128) NULL,
  placed_at DATETIME(3) NOT NULL,
  ringing_at DATETIME(3) NULL,
  answered_at DATETIME(3) NULL,
  bridged_at DATETIME(3) NULL,
  abandoned_at DATETIME(3) NULL,
  ended_at DATETIME(3) NULL,
  outcome VARCHAR(16) NULL,
  amd_result VARCHAR(16) NULL,
  duration_seconds INT NULL,
  talk_seconds INT NULL,
  wrap_up_seconds INT NULL,
  failure_reason VARCHAR(255) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_call_attempt_provider_call UNIQUE (provider_call_id)
);
CREATE INDEX ix_call_attempt_follow_up ON call_attempt (follow_up_id);
CREATE INDEX ix_call_attempt_placed ON call_attempt (placed_at);
