-- campaign-engine: what a dealer needs to download its rejected rows, fix them and send them again.

-- The file as it came: its header cells (a JSON array, BOM removed; for a JSON upload the columns
-- of its rejected-rows file), its charset, and whether it began with a byte order mark.
ALTER TABLE record_upload ADD COLUMN header_cells MEDIUMTEXT CHARACTER SET utf8mb4 NULL;
ALTER TABLE record_upload ADD COLUMN source_charset VARCHAR(40) NULL;
ALTER TABLE record_upload ADD COLUMN had_bom BOOLEAN NOT NULL DEFAULT FALSE;

-- Each rejected row as the dealer sent it, written in the upload's own transaction: its cells (a
-- JSON array in the file's column order for CSV, a JSON object for JSON), the line's text when it
-- could not be split into the header's columns, and its errors joined into one message.
CREATE TABLE record_upload_rejected (
  upload_id BIGINT NOT NULL,
  seq INT NOT NULL,
  line BIGINT NOT NULL,
  cells MEDIUMTEXT NULL,
  raw_text MEDIUMTEXT NULL,
  errors TEXT NOT NULL,
  PRIMARY KEY (upload_id, seq)
) DEFAULT CHARSET = utf8mb4;
