-- campaign-engine: when a follow-up step ended (COMPLETED, MISSED, CANCELLED), for the reports'
-- follow-ups completed within their window and missed steps by cause, per period. Rows that
-- ended before this column existed take the time of their last such event.
ALTER TABLE follow_up ADD COLUMN settled_at DATETIME(3) NULL;
-- A correlated subquery rather than UPDATE … JOIN, so the embedded default (H2) runs it too.
UPDATE follow_up f SET settled_at = (
  SELECT MAX(e.happened_at) FROM follow_up_event e
  WHERE e.follow_up_id = f.id AND e.status IN ('COMPLETED', 'MISSED', 'CANCELLED'))
WHERE f.status IN ('COMPLETED', 'MISSED', 'CANCELLED');
CREATE INDEX ix_follow_up_settled ON follow_up
  (settled_at, status, dealer_code, campaign, step, missed_reason, deadline);
