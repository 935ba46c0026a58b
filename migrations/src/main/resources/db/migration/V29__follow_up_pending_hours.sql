-- campaign-engine: the staffing forecast's pending follow-ups by hour, without a GROUP BY over
-- follow_up. A follow-up is pending while it is SCHEDULED or DUE and has a wake time (an upload's
-- rows count once the dispatcher wakes them; a row set aside does not count). It counts under its
-- campaign version, step, zone, attempts used, status, hour of wake time (SCHEDULED only; 0 for
-- DUE), hour of next attempt (0 when none) and hour of deadline, with deadline_on_hour = 1 when the
-- deadline falls exactly on the hour. Hours are whole hours since 1970-01-01 00:00 UTC. Every
-- change to follow_up appends, in its own transaction, what it took out of and put into these
-- counts to follow_up_pending_delta (no shared row is updated, so uploads and the dispatcher never
-- wait on each other); a compaction folds committed deltas into follow_up_pending and deletes
-- exactly those. Pending = rollup + uncompacted deltas.
CREATE TABLE follow_up_pending (
  status VARCHAR(10) NOT NULL,
  wake_hour BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  campaign_version INT NOT NULL,
  step INT NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  attempts INT NOT NULL,
  next_hour BIGINT NOT NULL,
  deadline_hour BIGINT NOT NULL,
  deadline_on_hour TINYINT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (status, wake_hour, campaign, campaign_version, step, timezone, attempts, next_hour,
    deadline_hour, deadline_on_hour)
);

CREATE TABLE follow_up_pending_delta (
  id BIGINT NOT NULL AUTO_INCREMENT,
  status VARCHAR(10) NOT NULL,
  wake_hour BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  campaign_version INT NOT NULL,
  step INT NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  attempts INT NOT NULL,
  next_hour BIGINT NOT NULL,
  deadline_hour BIGINT NOT NULL,
  deadline_on_hour TINYINT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (id)
);

INSERT INTO follow_up_pending (status, wake_hour, campaign, campaign_version, step, timezone,
  attempts, next_hour, deadline_hour, deadline_on_hour, n)
SELECT status, wake_hour, campaign, campaign_version, step, timezone, attempts, next_hour,
  deadline_hour, deadline_on_hour, COUNT(*) FROM (
  SELECT status,
    CASE WHEN status = 'DUE' THEN 0
      ELSE TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', wake_at) END AS wake_hour,
    campaign, campaign_version, step, timezone, attempts,
    COALESCE(TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', next_attempt_at), 0) AS next_hour,
    TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', deadline) AS deadline_hour,
    CASE WHEN deadline = TIMESTAMPADD(HOUR, TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', deadline),
      '1970-01-01 00:00:00') THEN 1 ELSE 0 END AS deadline_on_hour
  FROM follow_up WHERE wake_at IS NOT NULL AND status IN ('SCHEDULED', 'DUE')
) f GROUP BY status, wake_hour, campaign, campaign_version, step, timezone, attempts, next_hour,
  deadline_hour, deadline_on_hour;
