package com.followup.campaign.db;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.support.DefaultTransactionDefinition;

/**
 * Transactions that claim rows with {@code FOR UPDATE SKIP LOCKED} run at READ COMMITTED: there
 * InnoDB locks only the rows a claim takes, not the gaps of the index it scans, so a long upload
 * inserting into the same index (its rows wait there without a wake time) never deadlocks with it.
 */
public final class ReadCommitted {

  private ReadCommitted() {}

  /** A new transaction, or the caller's, at READ COMMITTED. */
  public static TransactionDefinition joining() {
    return of(TransactionDefinition.Propagation.REQUIRED);
  }

  /** Always a transaction of its own, at READ COMMITTED. */
  public static TransactionDefinition own() {
    return of(TransactionDefinition.Propagation.REQUIRES_NEW);
  }

  private static TransactionDefinition of(TransactionDefinition.Propagation propagation) {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition(propagation);
    definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
    return definition;
  }
}
