-- campaign-engine: an upload is one transaction, and the follow_up rows it writes stay uncommitted
-- until it ends. Were they in the wake index, every dispatcher claim (FOR UPDATE SKIP LOCKED) would
-- walk them all, turning each into an explicit lock: slow polls, and with a million rows InnoDB's
-- lock heap fills the buffer pool and the server aborts. So an upload writes its follow-ups without
-- a wake time, and one row here per block of ids it wrote; once the upload commits, the dispatcher
-- takes each block (next_id is how far it got) and gives its rows their wake times.
CREATE TABLE follow_up_activation (
  first_id BIGINT NOT NULL,
  last_id BIGINT NOT NULL,
  next_id BIGINT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (first_id)
);
