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

  /**
   * Readies the hand-off of records that are about to be stored as new, before they are written and
   * off the upload's writing thread (outside its transaction): the costly part of a hand-off then
   * runs beside the database's work instead of between its statements. Nothing may be written here.
   * By default nothing is readied.
   */
  default Prepared prepare(List<DealerRecord> candidates) {
    return this::handOff;
  }

  /** A hand-off readied for some candidate records. */
  interface Prepared {

    /**
     * Hands off the records that were stored, in the upload's transaction: the same as {@link
     * RecordHandOff#handOff} with the same records, whether or not they are the candidates.
     */
    void handOff(List<DealerRecord> records);
  }
}
