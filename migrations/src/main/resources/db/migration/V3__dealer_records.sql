-- campaign-engine: dealers' purchase and repair records, their customers, uploads and history.
-- Bulk tables take application-assigned ids (from id_block) so inserts batch and stream.

-- Blocks of ids handed out to instances (hi/lo): one row per id sequence.
CREATE TABLE id_block (
  name VARCHAR(64) NOT NULL,
  next_value BIGINT NOT NULL,
  PRIMARY KEY (name)
);

-- One customer per phone number within a dealer.
CREATE TABLE customer (
  dealer_code VARCHAR(32) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  name VARCHAR(200) NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  timezone_source VARCHAR(8) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (dealer_code, phone)
) DEFAULT CHARSET = utf8mb4;

-- The current version of each record; (dealer_code, record_id) is the dealer's own key.
CREATE TABLE dealer_record (
  id BIGINT NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  record_type VARCHAR(8) NOT NULL,
  event_time DATETIME(3) NOT NULL,
  customer_name VARCHAR(200) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  product VARCHAR(200) NULL,
  serial_number VARCHAR(64) NULL,
  parts VARCHAR(1000) NULL,
  timezone VARCHAR(64) NOT NULL,
  timezone_source VARCHAR(8) NOT NULL,
  content_hash BIGINT NOT NULL,
  version INT NOT NULL,
  upload_id BIGINT NOT NULL,
  received_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dealer_record UNIQUE (dealer_code, record_id)
) DEFAULT CHARSET = utf8mb4;

-- Every version a later upload replaced, as it was.
CREATE TABLE dealer_record_history (
  record_pk BIGINT NOT NULL,
  version INT NOT NULL,
  record_type VARCHAR(8) NOT NULL,
  event_time DATETIME(3) NOT NULL,
  customer_name VARCHAR(200) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  product VARCHAR(200) NULL,
  serial_number VARCHAR(64) NULL,
  parts VARCHAR(1000) NULL,
  timezone VARCHAR(64) NOT NULL,
  timezone_source VARCHAR(8) NOT NULL,
  upload_id BIGINT NOT NULL,
  received_at DATETIME(3) NOT NULL,
  replaced_by_upload BIGINT NOT NULL,
  PRIMARY KEY (record_pk, version)
) DEFAULT CHARSET = utf8mb4;

-- One row per completed upload: written in the upload's own transaction, with its counts.
CREATE TABLE record_upload (
  id BIGINT NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
  format VARCHAR(8) NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  started_at DATETIME(3) NOT NULL,
  finished_at DATETIME(3) NOT NULL,
  received INT NOT NULL,
  accepted INT NOT NULL,
  updated INT NOT NULL,
  duplicates INT NOT NULL,
  rejected INT NOT NULL,
  error_count INT NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_record_upload_dealer ON record_upload (dealer_code, started_at);

CREATE TABLE record_upload_error (
  upload_id BIGINT NOT NULL,
  seq INT NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR(64) NULL,
  message VARCHAR(500) NOT NULL,
  PRIMARY KEY (upload_id, seq)
) DEFAULT CHARSET = utf8mb4;
