-- campaign-engine: versioned campaign timelines. A follow-up keeps the version it was planned
-- under; a manager's change creates the next version, used by records that arrive afterwards.
CREATE TABLE campaign_version (
  code VARCHAR(32) NOT NULL,
  version INT NOT NULL,
  definition TEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (code, version)
) DEFAULT CHARSET = utf8mb4;
