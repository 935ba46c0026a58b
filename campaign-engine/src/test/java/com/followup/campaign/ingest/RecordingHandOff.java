package com.followup.campaign.ingest;

import com.followup.campaign.record.DealerRecord;
import com.followup.campaign.record.RecordHandOff;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every hand-off; can be told to fail on the n-th batch, as a crash would. */
@Singleton
class RecordingHandOff implements RecordHandOff {

  final List<DealerRecord> received = new CopyOnWriteArrayList<>();
  private volatile int failOnBatch = -1;
  private int batches;

  @Override
  public synchronized void handOff(List<DealerRecord> records) {
    if (++batches == failOnBatch) {
      throw new IllegalStateException("simulated crash while planning batch " + batches);
    }
    received.addAll(records);
  }

  synchronized void reset() {
    received.clear();
    batches = 0;
    failOnBatch = -1;
  }

  synchronized void failOnBatch(int batch) {
    failOnBatch = batch;
  }
}
