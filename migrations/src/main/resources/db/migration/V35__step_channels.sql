-- campaign engine: a step reaches the customer through an agent's call (AGENT), an automated
-- survey call (VOICE_SURVEY) or a text (SMS). The follow-up row keeps its step's channel so the
-- dial queue can hand each channel to its own sender without reading the timeline per row.
ALTER TABLE follow_up ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'AGENT';
ALTER TABLE dial_queue ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'AGENT';
DROP INDEX ix_dial_queue ON dial_queue;
CREATE INDEX ix_dial_queue ON dial_queue (campaign, channel, deadline);

-- The upload's `consent` column: the customer agreed to automated calls and texts (NULL: not
-- said, which counts as no).
ALTER TABLE dealer_record ADD COLUMN consent BOOLEAN NULL;
ALTER TABLE dealer_record_history ADD COLUMN consent BOOLEAN NULL;

-- A number's opt-out of one automated channel (SMS: a STOP reply or the carrier's refusal;
-- VOICE_SURVEY: asked on a survey call or by the centre). The do-not-call list still stops
-- every channel.
CREATE TABLE contact_opt_out (
  phone VARCHAR(20) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  source VARCHAR(32) NOT NULL,
  reason VARCHAR(500) NULL,
  opted_out_at DATETIME(3) NOT NULL,
  PRIMARY KEY (phone, channel)
) DEFAULT CHARSET = utf8mb4;
