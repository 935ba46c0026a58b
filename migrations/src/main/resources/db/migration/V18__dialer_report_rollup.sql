-- dialer: the reports' hourly roll-up of attempts (UTC hours; a report's days in its zone are
-- whole hours of them). Every change to an attempt or its call's outcome marks its hour stale in
-- the same transaction; a report rebuilds the stale hours it reads from the raw rows first.
CREATE TABLE dialer_report_hour (
  hour_start DATETIME NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  agent VARCHAR(128) NOT NULL,
  dials BIGINT NOT NULL,
  connects BIGINT NOT NULL,
  machines BIGINT NOT NULL,
  abandoned BIGINT NOT NULL,
  right_party BIGINT NOT NULL,
  handled BIGINT NOT NULL,
  talk_seconds BIGINT NOT NULL,
  wrap_up_seconds BIGINT NOT NULL,
  completed BIGINT NOT NULL,
  satisfied BIGINT NOT NULL,
  PRIMARY KEY (hour_start, campaign, agent)
);

-- Hours whose attempts changed since they were rolled up (agent '' above: no agent).
CREATE TABLE dialer_report_stale (
  hour_start DATETIME NOT NULL,
  PRIMARY KEY (hour_start)
);
INSERT INTO dialer_report_stale (hour_start)
SELECT DISTINCT TIMESTAMPADD(HOUR, HOUR(placed_at), CAST(CAST(placed_at AS DATE) AS DATETIME))
FROM call_attempt;
