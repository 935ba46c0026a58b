-- admin-api owns users and application secrets; campaign-engine owns dealers.
-- Times are UTC instants in DATETIME(3) columns (the JDBC URL sets connectionTimeZone=UTC).

CREATE TABLE dealer (
  code VARCHAR(32) NOT NULL,
  name VARCHAR(200) NOT NULL,
  country CHAR(2) NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE app_user (
  id BIGINT NOT NULL AUTO_INCREMENT,
  username VARCHAR(64) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  roles VARCHAR(100) NOT NULL,
  dealer_code VARCHAR(32) NULL,
  enabled BOOLEAN NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_dealer FOREIGN KEY (dealer_code) REFERENCES dealer (code)
) DEFAULT CHARSET = utf8mb4;

-- Secrets every instance of a cluster must share (the JWT signing key), created once.
CREATE TABLE app_secret (
  name VARCHAR(64) NOT NULL,
  secret_value VARCHAR(200) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (name)
);
