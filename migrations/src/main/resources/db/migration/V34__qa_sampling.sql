-- SLA tracker: QA's sampling of calls to evaluate. A rule per campaign (calls per agent per week,
-- the share taken from calls with a problem, the seed of the random pick) tops up QA's queue;
-- QA can also queue any call. A call is queued once. The cluster's loop tops the queue up hourly
-- (sampled_at: the rule's last top-up).
CREATE TABLE qa_sampling_rule (
  campaign VARCHAR(32) NOT NULL,
  per_agent_per_week INT NOT NULL,
  problem_share DOUBLE NOT NULL,
  seed BIGINT NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by VARCHAR(128) NOT NULL,
  sampled_at DATETIME(3) NULL,
  PRIMARY KEY (campaign)
);

CREATE TABLE qa_queue (
  attempt_id BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  agent VARCHAR(128) NOT NULL,
  week VARCHAR(8) NOT NULL,
  reason VARCHAR(8) NOT NULL,
  queued_at DATETIME(3) NOT NULL,
  queued_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (attempt_id)
);
CREATE INDEX ix_qa_queue_week ON qa_queue (campaign, week, agent);
CREATE INDEX ix_qa_queue_queued ON qa_queue (queued_at);

-- the sampler asks which follow-ups had a problem ticket raised on their call
CREATE INDEX ix_sla_ticket_follow_up ON sla_ticket (follow_up_id);
