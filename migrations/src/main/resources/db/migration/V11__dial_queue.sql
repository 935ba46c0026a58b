-- campaign-engine: an upload writes follow_up rows by the million, so follow_up keeps only the
-- indexes every row needs (its key, its step's key, its wake time). The few rows that wait in a
-- dial queue, and the few that belong to a ticket's callback, are indexed in tables of their own.
DROP INDEX ix_follow_up_queue ON follow_up;
DROP INDEX uq_follow_up_ticket ON follow_up;

-- Released follow-ups (status DUE) waiting for the dialer, earliest deadline first per campaign.
CREATE TABLE dial_queue (
  follow_up_id BIGINT NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  deadline DATETIME(3) NOT NULL,
  PRIMARY KEY (follow_up_id)
);
CREATE INDEX ix_dial_queue ON dial_queue (campaign, deadline);
INSERT INTO dial_queue (follow_up_id, campaign, deadline)
  SELECT id, campaign, deadline FROM follow_up WHERE status = 'DUE';

-- The one follow-up of each ticket's callback target.
CREATE TABLE ticket_callback (
  ticket_id BIGINT NOT NULL,
  target VARCHAR(64) NOT NULL,
  follow_up_id BIGINT NOT NULL,
  PRIMARY KEY (ticket_id, target)
);
INSERT INTO ticket_callback (ticket_id, target, follow_up_id)
  SELECT ticket_id, ticket_target, id FROM follow_up WHERE ticket_id IS NOT NULL;
