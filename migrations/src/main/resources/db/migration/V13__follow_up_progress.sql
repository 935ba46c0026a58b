-- campaign-engine: a dealer's follow-up progress (how many follow-ups of each campaign step are in
-- each status, and of the missed how many because the record came late) without a GROUP BY over
-- follow_up. Every status change appends, in its own transaction, one row per distinct transition
-- of its batch to follow_up_progress_delta (no shared row is updated, so uploads and the dispatcher
-- never wait on each other); a compaction folds committed deltas into follow_up_progress and
-- deletes exactly those. Progress = rollup + the dealer's uncompacted deltas.
CREATE TABLE follow_up_progress (
  dealer_code VARCHAR(32) NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  step INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  late TINYINT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (dealer_code, campaign, step, status, late)
);

-- n follow-ups of one dealer's campaign step moved from one status to another (from_status NULL:
-- written; to_status NULL: gone). late = 1 for MISSED with reason LATE_RECORD.
CREATE TABLE follow_up_progress_delta (
  id BIGINT NOT NULL AUTO_INCREMENT,
  dealer_code VARCHAR(32) NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  step INT NOT NULL,
  from_status VARCHAR(10) NULL,
  from_late TINYINT NOT NULL,
  to_status VARCHAR(10) NULL,
  to_late TINYINT NOT NULL,
  n INT NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_follow_up_progress_delta ON follow_up_progress_delta (dealer_code, id);

INSERT INTO follow_up_progress (dealer_code, campaign, step, status, late, n)
SELECT dealer_code, campaign, step, status, late, COUNT(*) FROM (
  SELECT dealer_code, campaign, step, status,
    CASE WHEN status = 'MISSED' AND missed_reason = 'LATE_RECORD' THEN 1 ELSE 0 END AS late
  FROM follow_up WHERE dealer_code IS NOT NULL
) f GROUP BY dealer_code, campaign, step, status, late;
