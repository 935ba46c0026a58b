-- sla-tracker owns departments, the transfers of tickets to them and the delivery outbox;
-- admin-api owns the user's department. Instants are UTC in DATETIME(3).

-- A responsible department: where tickets for it are delivered (a signed webhook and/or e-mail)
-- and when it works (its zone and working hours, HH:mm).
CREATE TABLE sla_department (
  code VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  webhook_url VARCHAR(2000) NULL,
  webhook_secret VARCHAR(200) NULL,
  email VARCHAR(320) NULL,
  timezone VARCHAR(64) NOT NULL,
  work_starts VARCHAR(5) NOT NULL,
  work_ends VARCHAR(5) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4;

-- Every hand-over of a ticket to a department: on opening, on a pass-on, after a reopening.
-- Never deleted; notified/acknowledged/resolved are set once each.
CREATE TABLE sla_transfer (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket_id BIGINT NOT NULL,
  reason VARCHAR(16) NOT NULL,
  from_department VARCHAR(100) NULL,
  department VARCHAR(100) NOT NULL,
  transferred_at DATETIME(3) NOT NULL,
  transferred_by VARCHAR(64) NOT NULL,
  notes VARCHAR(2000) NULL,
  notified_at DATETIME(3) NULL,
  acknowledged_at DATETIME(3) NULL,
  resolved_at DATETIME(3) NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_transfer_ticket ON sla_transfer (ticket_id, id);
CREATE INDEX ix_sla_transfer_department ON sla_transfer (department, transferred_at);

-- The outbox: one row per transfer and channel, written in the transfer's transaction.
-- next_attempt_at is NULL once delivered; a claimed row's next_attempt_at is its lease's end,
-- so a sender that died is replaced after the lease with the same delivery id.
CREATE TABLE sla_delivery (
  id BIGINT NOT NULL AUTO_INCREMENT,
  delivery_id VARCHAR(36) NOT NULL,
  transfer_id BIGINT NOT NULL,
  ticket_id BIGINT NOT NULL,
  department VARCHAR(100) NOT NULL,
  channel VARCHAR(8) NOT NULL,
  destination VARCHAR(2000) NOT NULL,
  payload TEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  next_attempt_at DATETIME(3) NULL,
  warn_at DATETIME(3) NULL,
  attempts INT NOT NULL,
  last_attempt_at DATETIME(3) NULL,
  last_error VARCHAR(2000) NULL,
  delivered_at DATETIME(3) NULL,
  warned_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sla_delivery_id UNIQUE (delivery_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_delivery_due ON sla_delivery (next_attempt_at);
CREATE INDEX ix_sla_delivery_warn ON sla_delivery (warn_at);
CREATE INDEX ix_sla_delivery_ticket ON sla_delivery (ticket_id, id);

ALTER TABLE app_user ADD COLUMN department_code VARCHAR(100) NULL;
