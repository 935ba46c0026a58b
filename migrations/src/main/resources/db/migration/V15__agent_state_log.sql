-- dialer: pause reasons, a change version per agent, and an append-only log of agent states.

-- pause_reason: why a PAUSED agent is paused (null: none given, or not paused);
-- after_call_reason: the reason of a PAUSED asked for during a call, applied with it.
-- change_version moves on every change to the agent or its call, so a page on any instance
-- can poll one primary-key row to learn that something changed.
ALTER TABLE dialer_agent ADD COLUMN pause_reason VARCHAR(10) NULL;
ALTER TABLE dialer_agent ADD COLUMN after_call_reason VARCHAR(10) NULL;
ALTER TABLE dialer_agent ADD COLUMN change_version BIGINT NOT NULL DEFAULT 0;

-- One row per state an agent entered, written in the transaction that changed the state. An
-- entry lasts until the agent's next entry starts (the current one: until now), so time READY,
-- on calls, in wrap-up and paused (by reason) can be summed per agent and period. attempt_id
-- and campaign name the call of an ON_CALL or WRAP_UP entry. Instants are UTC.
CREATE TABLE dialer_agent_state_log (
  id BIGINT NOT NULL AUTO_INCREMENT,
  username VARCHAR(128) NOT NULL,
  state VARCHAR(10) NOT NULL,
  reason VARCHAR(10) NULL,
  started_at DATETIME(3) NOT NULL,
  attempt_id BIGINT NULL,
  campaign VARCHAR(32) NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_dialer_agent_state_log_agent ON dialer_agent_state_log (username, started_at);
CREATE INDEX ix_dialer_agent_state_log_started ON dialer_agent_state_log (started_at);
