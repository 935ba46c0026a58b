package com.followup.campaign.record;

import java.util.List;

/**
 * Receives every new or changed record from the ingest, inside the upload's transaction, so
 * follow-ups are planned exactly when the record is stored: a duplicate is never handed off, a
 * changed record is handed off once per version, and a failed upload hands off nothing.
 */
public interface RecordHandOff {

  /** Called with each batch of new and changed records, in the upload's transaction. */
  void handOff(List<DealerRecord> records);
}
