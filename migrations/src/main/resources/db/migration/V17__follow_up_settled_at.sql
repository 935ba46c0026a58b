-- campaign-engine: when a follow-up step ended (COMPLETED, MISSED, CANCELLED), for the reports'
-- follow-ups completed within their window and missed steps by cause, per period. Rows that
-- ended before this column existed take the time of their last such event.
ALTER TABLE follow_up ADD COLUMN settled_at DATETIME(3) NULL;
UPDATE follow_up f JOIN (
  SELECT follow_up_id, MAX(happened_at) AS at FROM follow_up_event
  WHERE status IN ('COMPLETED', 'MISSED', 'CANCELLED') GROUP BY follow_up_id
) e ON e.follow_up_id = f.id
SET f.settled_at = e.at WHERE f.status IN ('COMPLETED', 'MISSED', 'CANCELLED');
CREATE INDEX ix_follow_up_settled ON follow_up
  (settled_at, status, dealer_code, campaign, step, missed_reason, deadline);
