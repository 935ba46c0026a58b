-- dialer: every text sent for an SMS step. The row is written before the provider is asked (its id
-- is the send's idempotency key and rides on the status callback URL); (follow_up_id, attempt) is
-- unique, so one attempt of a step never texts twice. status only moves forward: QUEUED, then
-- SENT, then one of DELIVERED, UNDELIVERED, FAILED; replayed and reordered callbacks are harmless.
-- Instants are UTC.
CREATE TABLE text_message (
  id BIGINT NOT NULL,
  follow_up_id BIGINT NOT NULL,
  attempt INT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  body VARCHAR(1600) NOT NULL,
  language VARCHAR(8) NOT NULL,
  encoding VARCHAR(8) NOT NULL,
  segments INT NOT NULL,
  telephony_mode VARCHAR(10) NOT NULL,
  provider_sid VARCHAR(64) NULL,
  status VARCHAR(12) NOT NULL,
  error_code VARCHAR(16) NULL,
  created_at DATETIME(3) NOT NULL,
  sent_at DATETIME(3) NULL,
  delivered_at DATETIME(3) NULL,
  ended_at DATETIME(3) NULL,
  failure_reason VARCHAR(255) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_text_message_attempt UNIQUE (follow_up_id, attempt),
  CONSTRAINT uq_text_message_provider UNIQUE (provider_sid)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_text_message_campaign ON text_message (campaign, created_at);
