-- campaign engine: what the customer said of a service station's repair claim on a repair
-- follow-up call (the repair done, each part of the record's `parts`), once per call. A mismatch
-- (repair or a part not confirmed, or parts the customer named that were not claimed) opens one
-- PROBLEM ticket for the service network; its id is kept here.
CREATE TABLE repair_verification (
  attempt_id BIGINT NOT NULL,
  follow_up_id BIGINT NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  repair_done VARCHAR(16) NOT NULL,
  parts_claimed INT NOT NULL,
  parts_not_confirmed INT NOT NULL,
  parts_unsure INT NOT NULL,
  answers VARCHAR(4000) NOT NULL,
  extra_parts VARCHAR(2000) NULL,
  mismatch BOOLEAN NOT NULL,
  ticket_id BIGINT NULL,
  agent VARCHAR(128) NOT NULL,
  verified_at DATETIME(3) NOT NULL,
  PRIMARY KEY (attempt_id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_repair_verification_dealer ON repair_verification (dealer_code, verified_at);
CREATE INDEX ix_repair_verification_when ON repair_verification (verified_at);
