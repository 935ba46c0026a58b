-- campaign-engine: dispatch of follow-ups. Every live row carries wake_at, the moment the
-- dispatcher must next look at it: a SCHEDULED row's next attempt (never after its deadline), a
-- DUE row's deadline, a DIALING row's lease expiry, a MISSED row not yet reported to the SLA
-- tracker. Finished rows have none, so pending work costs nothing until it falls due.
ALTER TABLE follow_up ADD COLUMN wake_at DATETIME(3) NULL;
ALTER TABLE follow_up ADD COLUMN last_outcome VARCHAR(16) NULL;
UPDATE follow_up SET wake_at = CASE
  WHEN status IN ('SCHEDULED', 'DUE') THEN next_attempt_at
  WHEN status = 'MISSED' THEN created_at
  ELSE NULL END;
DROP INDEX ix_follow_up_due ON follow_up;
CREATE INDEX ix_follow_up_wake ON follow_up (wake_at);
-- the dial queue: released rows of a campaign, earliest deadline first
CREATE INDEX ix_follow_up_queue ON follow_up (status, campaign, deadline);

-- Every change of a follow-up's status, in order: its traceable history.
CREATE TABLE follow_up_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  follow_up_id BIGINT NOT NULL,
  happened_at DATETIME(3) NOT NULL,
  status VARCHAR(10) NOT NULL,
  reason VARCHAR(32) NULL,
  detail VARCHAR(500) NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_follow_up_event ON follow_up_event (follow_up_id, id);

-- Numbers nobody may call, managed through the API.
CREATE TABLE do_not_call (
  phone VARCHAR(20) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  added_by VARCHAR(64) NOT NULL,
  added_at DATETIME(3) NOT NULL,
  PRIMARY KEY (phone)
) DEFAULT CHARSET = utf8mb4;

-- Dial attempts per contact and local day, for the daily limit.
CREATE TABLE contact_day (
  phone VARCHAR(20) NOT NULL,
  dial_day DATE NOT NULL,
  attempts INT NOT NULL,
  PRIMARY KEY (phone, dial_day)
);

-- The one dial path a contact may have at a time: taken when a call is handed to the dialer,
-- freed by its outcome or when its lease runs out.
CREATE TABLE dial_path (
  phone VARCHAR(20) NOT NULL,
  follow_up_id BIGINT NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  PRIMARY KEY (phone)
);
