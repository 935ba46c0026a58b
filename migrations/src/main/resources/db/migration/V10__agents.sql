-- dialer: agents, the calls the live dialer placed for follow-ups, and each campaign's dialing
-- settings. Instants are UTC.

-- One row per agent who ever logged in to the dialer. An agent holds at most one call
-- (attempt_id); a READY agent is reserved for a call by one conditional UPDATE, so two
-- instances never give one agent two calls. after_call is the state asked for during a call
-- (PAUSED), applied once its outcome is in.
CREATE TABLE dialer_agent (
  username VARCHAR(128) NOT NULL,
  state VARCHAR(10) NOT NULL,
  after_call VARCHAR(10) NULL,
  state_since DATETIME(3) NOT NULL,
  attempt_id BIGINT NULL,
  campaign VARCHAR(32) NULL,
  connected_at DATETIME(3) NULL,
  call_ended_at DATETIME(3) NULL,
  PRIMARY KEY (username),
  CONSTRAINT uq_dialer_agent_attempt UNIQUE (attempt_id)
);
CREATE INDEX ix_dialer_agent_state ON dialer_agent (state, state_since);

-- Every call the dialer took from the dial queue: what the agent needs on it (details, JSON of
-- the campaign engine's CallToPlace) and whether its outcome was applied (once only).
CREATE TABLE dialer_call (
  attempt_id BIGINT NOT NULL,
  follow_up_id BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  details TEXT NOT NULL,
  agent VARCHAR(128) NULL,
  preview BOOLEAN NOT NULL,
  placed BOOLEAN NOT NULL,
  created_at DATETIME(3) NOT NULL,
  outcome VARCHAR(16) NULL,
  outcome_at DATETIME(3) NULL,
  satisfied BOOLEAN NULL,
  notes VARCHAR(2000) NULL,
  PRIMARY KEY (attempt_id)
);
CREATE INDEX ix_dialer_call_open ON dialer_call (campaign, outcome_at);
CREATE INDEX ix_dialer_call_phone ON dialer_call (phone);

-- A campaign's dialing settings as its manager set them; a campaign without a row dials with
-- the defaults.
CREATE TABLE dialer_campaign_settings (
  campaign VARCHAR(32) NOT NULL,
  mode VARCHAR(12) NOT NULL,
  abandonment_cap DOUBLE NOT NULL,
  machine_behaviour VARCHAR(16) NOT NULL,
  machine_message VARCHAR(1000) NULL,
  abandon_message VARCHAR(1000) NULL,
  wrap_up_seconds INT NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (campaign)
);

CREATE INDEX ix_call_attempt_abandoned ON call_attempt (phone, abandoned_at);
CREATE INDEX ix_call_attempt_campaign_ended ON call_attempt (campaign, ended_at);
