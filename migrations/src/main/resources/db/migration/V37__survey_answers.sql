-- dialer: the answers a customer gave on an automated survey call, one per attempt and question
-- (a replayed gather webhook stores nothing twice). answer is the survey's answer code (SATISFIED,
-- NOT_SATISFIED …); digits and speech what was heard. ticket_id: the PROBLEM ticket a low answer
-- opened.
CREATE TABLE survey_answer (
  attempt_id BIGINT NOT NULL,
  follow_up_id BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  question VARCHAR(32) NOT NULL,
  answer VARCHAR(32) NOT NULL,
  digits VARCHAR(8) NULL,
  speech VARCHAR(500) NULL,
  low BOOLEAN NOT NULL,
  ticket_id BIGINT NULL,
  answered_at DATETIME(3) NOT NULL,
  PRIMARY KEY (attempt_id, question)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_survey_answer_follow_up ON survey_answer (follow_up_id);
CREATE INDEX ix_survey_answer_campaign ON survey_answer (campaign, answered_at);

-- the dialer's calls by channel: survey calls in flight are not calls waiting for an agent
ALTER TABLE dialer_call ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'AGENT';
