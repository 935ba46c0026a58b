package com.followup.admin.console.department;

import com.followup.sla.transfer.Delivery;
import com.followup.sla.transfer.Transfer;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the current transfer reached the department: delivered (or notified by hand), still being
 * tried, failing (with its tries and last error), or sent nowhere (the department has no channel).
 *
 * @param state DELIVERED, PENDING, FAILING or NONE
 */
public record Delivered(
    String state, @Nullable Instant at, int attempts, @Nullable String lastError) {

  static Delivered of(Transfer current, List<Delivery> deliveries) {
    if (current == null) {
      return new Delivered("NONE", null, 0, null);
    }
    if (current.notifiedAt() != null) {
      return new Delivered("DELIVERED", current.notifiedAt(), 0, null);
    }
    List<Delivery> mine = deliveries.stream().filter(d -> d.transferId() == current.id()).toList();
    if (mine.isEmpty()) {
      return new Delivered("NONE", null, 0, null);
    }
    Delivery failing =
        mine.stream()
            .filter(d -> d.lastError() != null)
            .max(Comparator.comparingInt(Delivery::attempts))
            .orElse(null);
    if (failing == null) {
      return new Delivered("PENDING", null, 0, null);
    }
    return new Delivered(
        "FAILING", failing.lastAttemptAt(), failing.attempts(), failing.lastError());
  }
}
