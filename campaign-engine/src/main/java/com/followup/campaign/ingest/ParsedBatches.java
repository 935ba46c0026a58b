package com.followup.campaign.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses and validates on a thread of its own while the caller writes the previous batch: the
 * pipeline that keeps both the CPU and the database busy. At most a few batches are in memory.
 */
final class ParsedBatches implements AutoCloseable {

  /** Valid rows and rejected-row errors of one stretch of the file. */
  record Batch(List<NormalizedRow> rows, List<RowError> errors, int received, int rejected) {}

  private static final Batch END = new Batch(List.of(), List.of(), 0, 0);

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
  private final RowSource source;
  private final RowValidator validator;
  private final int batchSize;
  private final Thread parser;
  private volatile Throwable failure;

  ParsedBatches(RowSource source, RowValidator validator, int batchSize, String name) {
    this.source = source;
    this.validator = validator;
    this.batchSize = batchSize;
    this.parser = new Thread(this::parse, name);
    parser.setDaemon(true);
    parser.start();
  }

  /** The next batch, or null at the end of the file; rethrows a parse failure. */
  Batch next() throws InterruptedException {
    Batch batch = queue.take();
    if (batch == END) {
      if (failure != null) {
        throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
      }
      return null;
    }
    return batch;
  }

  private void parse() {
    List<NormalizedRow> rows = new ArrayList<>(batchSize);
    List<RowError> errors = new ArrayList<>();
    int received = 0;
    int rejected = 0;
    try {
      for (RawRow raw = source.next(); raw != null; raw = source.next()) {
        received++;
        int before = errors.size();
        NormalizedRow row = validator.validate(raw, errors);
        if (row != null) {
          rows.add(row);
        } else if (errors.size() > before) {
          rejected++;
        }
        if (rows.size() + errors.size() >= batchSize) {
          queue.put(new Batch(rows, errors, received, rejected));
          rows = new ArrayList<>(batchSize);
          errors = new ArrayList<>();
          received = 0;
          rejected = 0;
        }
      }
      queue.put(new Batch(rows, errors, received, rejected));
    } catch (InterruptedException cancelled) {
      return;
    } catch (Throwable t) {
      failure = t;
    }
    try {
      queue.put(END);
    } catch (InterruptedException cancelled) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the parser (when the writer failed) and releases the input. */
  @Override
  public void close() throws Exception {
    parser.interrupt();
    source.close();
  }
}
