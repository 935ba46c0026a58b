-- dialer: the recording of an answered call. In twilio mode the audio stays at Twilio (provider_sid)
-- and is streamed through the application; the simulator keeps its short generated audio here.
-- A recording is deleted (at the provider and here) once delete_after passes; the row stays, with
-- status DELETED, so the call log tells a deleted recording from one never made.
CREATE TABLE call_recording (
  attempt_id BIGINT NOT NULL,
  provider_sid VARCHAR(64) NULL,
  status VARCHAR(12) NOT NULL,
  media_type VARCHAR(32) NOT NULL,
  duration_seconds INT NOT NULL,
  channels INT NOT NULL,
  audio LONGBLOB NULL,
  recorded_at DATETIME(3) NOT NULL,
  delete_after DATETIME(3) NOT NULL,
  deleted_at DATETIME(3) NULL,
  PRIMARY KEY (attempt_id),
  CONSTRAINT uq_call_recording_provider UNIQUE (provider_sid)
);
CREATE INDEX ix_call_recording_expiry ON call_recording (status, delete_after);
