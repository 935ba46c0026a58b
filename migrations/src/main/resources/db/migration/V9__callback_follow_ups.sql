-- campaign-engine: SLA callbacks dialed as follow-ups of the callback campaign. Such a follow-up
-- belongs to a ticket's callback target instead of a dealer's record (and may have no dealer).
ALTER TABLE follow_up MODIFY COLUMN record_pk BIGINT NULL;
ALTER TABLE follow_up MODIFY COLUMN dealer_code VARCHAR(32) NULL;
ALTER TABLE follow_up ADD COLUMN ticket_id BIGINT NULL;
ALTER TABLE follow_up ADD COLUMN ticket_target VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_follow_up_ticket ON follow_up (ticket_id, ticket_target);
