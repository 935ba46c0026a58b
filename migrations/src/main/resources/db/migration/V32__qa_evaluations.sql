-- SLA tracker: QA's evaluation of calls. Forms are versioned (a new version per change; an
-- evaluation keeps the version it was scored on). An evaluation and every step after it (the
-- agent's acknowledgement or dispute, QA's decision) are kept; a revised score keeps the first in
-- its steps. Calibration evaluations (several evaluators on one call) do not count for the agent.
CREATE TABLE qa_form (
  code VARCHAR(40) NOT NULL,
  version INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  definition TEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (code, version)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE qa_evaluation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  attempt_id BIGINT NOT NULL,
  agent VARCHAR(128) NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  form_code VARCHAR(40) NOT NULL,
  form_version INT NOT NULL,
  evaluator VARCHAR(128) NOT NULL,
  calibration BOOLEAN NOT NULL,
  score DOUBLE NOT NULL,
  failed_critical BOOLEAN NOT NULL,
  missed_phrases BOOLEAN NOT NULL,
  wrong_answer BOOLEAN NOT NULL,
  results TEXT NOT NULL,
  comment VARCHAR(2000) NULL,
  status VARCHAR(16) NOT NULL,
  evaluated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_qa_evaluation_evaluator UNIQUE (attempt_id, evaluator)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_qa_evaluation_agent ON qa_evaluation (agent, evaluated_at);
CREATE INDEX ix_qa_evaluation_when ON qa_evaluation (evaluated_at);

CREATE TABLE qa_evaluation_step (
  id BIGINT NOT NULL AUTO_INCREMENT,
  evaluation_id BIGINT NOT NULL,
  step VARCHAR(16) NOT NULL,
  actor VARCHAR(128) NOT NULL,
  reason VARCHAR(2000) NULL,
  score DOUBLE NULL,
  at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_qa_evaluation_step ON qa_evaluation_step (evaluation_id, id);
