package com.followup.campaign.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the file on a thread of its own and has each stretch of rows validated and encoded on the
 * shared workers, while the caller writes earlier batches: the pipeline that keeps the CPUs and the
 * database busy. Batches come out in file order; at most a few are in memory.
 */
final class ParsedBatches implements AutoCloseable {

  /** Valid rows (prepared for writing), rejected rows and their errors of a stretch of the file. */
  record Batch(
      BatchPreparer.Prepared prepared,
      List<RowError> errors,
      List<RejectedRow> rejectedRows,
      int received,
      int rejected) {}

  private static final CompletableFuture<Batch> END = CompletableFuture.completedFuture(null);

  // batches in flight: enough to keep the workers and the writer busy, few enough for the heap
  private final BlockingQueue<CompletableFuture<Batch>> queue = new ArrayBlockingQueue<>(2);
  private final RowSource source;
  private final Supplier<RowValidator> validators;
  private final Function<List<NormalizedRow>, BatchPreparer.Prepared> preparer;
  private final ExecutorService workers;
  private final int batchSize;
  private final Thread reader;
  private volatile Throwable failure;

  ParsedBatches(
      RowSource source,
      Supplier<RowValidator> validators,
      Function<List<NormalizedRow>, BatchPreparer.Prepared> preparer,
      ExecutorService workers,
      int batchSize,
      String name) {
    this.source = source;
    this.validators = validators;
    this.preparer = preparer;
    this.workers = workers;
    this.batchSize = batchSize;
    this.reader = new Thread(this::read, name);
    reader.setDaemon(true);
    reader.start();
  }

  /** The next batch in file order, or null at the end of the file; rethrows any failure. */
  Batch next() throws InterruptedException {
    CompletableFuture<Batch> next = queue.take();
    if (next == END) {
      if (failure != null) {
        throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
      }
      return null;
    }
    try {
      return next.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private void read() {
    try {
      List<RawRow> chunk = new ArrayList<>(batchSize);
      for (RawRow raw = source.next(); raw != null; raw = source.next()) {
        chunk.add(raw);
        if (chunk.size() == batchSize) {
          queue.put(validateLater(chunk));
          chunk = new ArrayList<>(batchSize);
        }
      }
      queue.put(validateLater(chunk));
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

  private CompletableFuture<Batch> validateLater(List<RawRow> chunk) {
    return CompletableFuture.supplyAsync(() -> validate(chunk), workers);
  }

  private Batch validate(List<RawRow> chunk) {
    RowValidator rows = validators.get();
    List<NormalizedRow> valid = new ArrayList<>(chunk.size());
    List<RowError> errors = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    for (RawRow raw : chunk) {
      int before = errors.size();
      NormalizedRow row = rows.validate(raw, errors);
      if (row != null) {
        valid.add(row);
      } else if (errors.size() > before) {
        rejected.add(RejectedRow.of(raw, errors.subList(before, errors.size())));
      }
    }
    return new Batch(preparer.apply(valid), errors, rejected, chunk.size(), rejected.size());
  }

  /** Stops the reader (when the writer failed) and releases the input. */
  @Override
  public void close() throws Exception {
    reader.interrupt();
    source.close();
  }
}
