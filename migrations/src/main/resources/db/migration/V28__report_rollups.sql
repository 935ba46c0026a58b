-- dialer: the reports' hourly roll-up of agents' time (UTC hours), beside the attempts' (V18).
-- millis: the part of [hour_start, hour_start + 1 h) the agent spent in the state (reason ''
-- when none given, or not paused), from the state log: an entry lasts until the agent's next
-- one. Only whole hours that have passed are rolled up (the current one is summed from the log).
CREATE TABLE dialer_agent_time_hour (
  hour_start DATETIME NOT NULL,
  username VARCHAR(128) NOT NULL,
  state VARCHAR(10) NOT NULL,
  reason VARCHAR(10) NOT NULL,
  millis BIGINT NOT NULL,
  PRIMARY KEY (hour_start, username, state, reason)
);

-- The hours rolled up so far (an hour without entries still holds the states in force), and
-- the hours whose log entries were written after they were rolled up: every append marks its
-- hour in the transaction that writes it, and a report rebuilds the marked hours it reads.
CREATE TABLE dialer_agent_time_rolled (
  hour_start DATETIME NOT NULL,
  PRIMARY KEY (hour_start)
);
CREATE TABLE dialer_agent_time_stale (
  hour_start DATETIME NOT NULL,
  PRIMARY KEY (hour_start)
);

-- The attempts per hour, campaign and dealer of their follow-up ('' none: a ticket's callback),
-- for the reports' per-dealer call figures; rebuilt with dialer_report_hour from the same marks.
CREATE TABLE dialer_report_dealer_hour (
  hour_start DATETIME NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
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
  PRIMARY KEY (hour_start, campaign, dealer_code)
);
-- the hours rolled up before this table existed are rebuilt (with their dealers) on next read
INSERT IGNORE INTO dialer_report_stale (hour_start)
SELECT DISTINCT hour_start FROM dialer_report_hour;

-- campaign-engine: the reports' daily roll-up of ended follow-up steps (UTC days that have
-- passed; '' for no dealer or no missed cause; in_window 1: completed by the deadline), the
-- figures FollowUpReports counts from follow_up by settled_at. Every change to a row's settled_at
-- or to a settled row marks the hour of its settled_at in the same transaction; a report
-- rebuilds the days of the marked hours it reads from the raw rows first.
CREATE TABLE follow_up_report_day (
  day_start DATETIME NOT NULL,
  dealer_code VARCHAR(32) NOT NULL,
  campaign VARCHAR(32) NOT NULL,
  step INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  missed_reason VARCHAR(32) NOT NULL,
  in_window INT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (day_start, dealer_code, campaign, step, status, missed_reason, in_window)
);
CREATE TABLE follow_up_report_stale (
  hour_start DATETIME NOT NULL,
  PRIMARY KEY (hour_start)
);
INSERT IGNORE INTO follow_up_report_stale (hour_start)
SELECT DISTINCT TIMESTAMPADD(HOUR, HOUR(settled_at), CAST(CAST(settled_at AS DATE) AS DATETIME))
FROM follow_up WHERE settled_at IS NOT NULL;
