-- dialer: a campaign may ask for a recording announcement ("this call may be recorded"), said to
-- the person who answers before the agent is bridged. The attempt keeps the text it was placed
-- with and when the announcement played.
ALTER TABLE dialer_campaign_settings ADD COLUMN recording_announcement VARCHAR(1000) NULL;
ALTER TABLE call_attempt ADD COLUMN recording_announcement VARCHAR(1000) NULL;
ALTER TABLE call_attempt ADD COLUMN announced_at DATETIME(3) NULL;
