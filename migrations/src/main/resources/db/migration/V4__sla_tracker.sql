-- sla-tracker owns these tables: tickets, their SLA targets and timers, the policies they were
-- opened under, and the breach ledger QA audits. Instants are UTC in DATETIME(3).

-- One row per version of a ticket type's policy; a ticket keeps the version it was opened under.
CREATE TABLE sla_policy (
  ticket_type VARCHAR(16) NOT NULL,
  version INT NOT NULL,
  definition TEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (ticket_type, version)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE sla_ticket (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket_type VARCHAR(16) NOT NULL,
  customer_phone VARCHAR(20) NOT NULL,
  dealer_code VARCHAR(32) NULL,
  department VARCHAR(100) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  policy_version INT NOT NULL,
  opened_at DATETIME(3) NOT NULL,
  opened_by VARCHAR(64) NOT NULL,
  follow_up_id BIGINT NULL,
  paused_at DATETIME(3) NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_ticket_dealer ON sla_ticket (dealer_code, opened_at);

-- Everything that happened to a ticket, in order: never updated.
CREATE TABLE sla_ticket_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket_id BIGINT NOT NULL,
  event_type VARCHAR(32) NOT NULL,
  occurred_at DATETIME(3) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  notes VARCHAR(2000) NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_ticket_event_ticket ON sla_ticket_event (ticket_id, id);

-- A started target of a ticket. allowed_ms is the time the policy allows (calendar or business
-- time); remaining_ms is what was left when it was paused.
CREATE TABLE sla_target (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket_id BIGINT NOT NULL,
  name VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  allowed_ms BIGINT NOT NULL,
  started_at DATETIME(3) NOT NULL,
  due_at DATETIME(3) NOT NULL,
  remaining_ms BIGINT NULL,
  warned_at DATETIME(3) NULL,
  met_at DATETIME(3) NULL,
  breached_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sla_target_ticket_name UNIQUE (ticket_id, name)
) DEFAULT CHARSET = utf8mb4;

-- Pending warnings and breach checks only: a row is deleted when it fires or its target stops,
-- so the due loop claims from the head of ix_sla_timer_due and never scans tickets.
CREATE TABLE sla_timer (
  id BIGINT NOT NULL AUTO_INCREMENT,
  target_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  due_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_sla_timer_due ON sla_timer (due_at);
CREATE INDEX ix_sla_timer_target ON sla_timer (target_id);

-- The breach ledger: a row is written once; only status follows the review steps below.
-- ticket_id is NULL for breaches reported by another module (a missed follow-up step).
CREATE TABLE sla_breach (
  id BIGINT NOT NULL AUTO_INCREMENT,
  source VARCHAR(16) NOT NULL,
  ticket_id BIGINT NULL,
  ticket_type VARCHAR(16) NULL,
  target VARCHAR(64) NOT NULL,
  policy_version INT NULL,
  department VARCHAR(100) NULL,
  dealer_code VARCHAR(32) NULL,
  owner VARCHAR(64) NULL,
  reason VARCHAR(2000) NULL,
  breached_at DATETIME(3) NOT NULL,
  flagged_at DATETIME(3) NOT NULL,
  status VARCHAR(16) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_breach_time ON sla_breach (breached_at);
CREATE INDEX ix_sla_breach_status ON sla_breach (status, breached_at);
CREATE INDEX ix_sla_breach_ticket ON sla_breach (ticket_id);

-- Reviews, appeals and appeal decisions: append-only.
CREATE TABLE sla_breach_step (
  id BIGINT NOT NULL AUTO_INCREMENT,
  breach_id BIGINT NOT NULL,
  step VARCHAR(16) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  reason VARCHAR(2000) NULL,
  actor VARCHAR(64) NOT NULL,
  taken_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_breach_step_breach ON sla_breach_step (breach_id, id);

-- A customer complained again about a ticket whose service was late: counted against the
-- responsible department.
CREATE TABLE sla_recomplaint (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket_id BIGINT NOT NULL,
  department VARCHAR(100) NOT NULL,
  dealer_code VARCHAR(32) NULL,
  late_targets INT NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sla_recomplaint_department ON sla_recomplaint (department, recorded_at);
