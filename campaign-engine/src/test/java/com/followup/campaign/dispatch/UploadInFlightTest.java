package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.ingest.UploadSummary;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An upload is one transaction: while it writes, its follow-ups stay out of the dispatcher's way
 * (not in the wake index its claims walk), due work goes on, and once it commits every one of its
 * follow-ups is dispatched once.
 */
@MicronautTest(transactional = false)
@Property(name = "followup.ingest.batch-size", value = "5")
@Property(name = "followup.dispatch.batch-size", value = "4")
class UploadInFlightTest {

  @Inject DispatchFixture fixture;
  @Inject DataSource dataSource;

  @Test
  void follow_ups_of_an_upload_still_writing_stay_out_of_the_way_and_are_dispatched_once_it_ends()
      throws Exception {
    String dealer = fixture.newDealer();
    fixture.clock.set(Instant.parse("2026-11-19T13:00:00Z")); // 21:00 in Shanghai
    fixture.send(dealer, row("EARLY", 0));
    fixture.drain(); // woken for nine in the morning
    fixture.clock.set(DispatchTest.NINE_AM);

    PipedOutputStream sender = new PipedOutputStream();
    PipedInputStream body = new PipedInputStream(sender, 1 << 16);
    CompletableFuture<UploadSummary> upload =
        CompletableFuture.supplyAsync(
            () ->
                fixture.upload.upload(
                    dealer, UploadFormat.CSV, body, StandardCharsets.UTF_8, "test"));
    write(sender, DispatchFixture.HEADER);
    for (int i = 1; i <= 12; i++) {
      write(sender, row("LIVE" + i, i));
    }
    awaitUncommittedFollowUps(dealer, 11); // the whole first batches are written, not committed

    assertThat(followUpsInWakeIndex(dealer)).isEqualTo(1); // EARLY's only
    fixture.drain(); // takes what is due, without walking the upload's rows or waiting for them
    assertThat(fixture.only(dealer, "EARLY").status()).isEqualTo("DUE");
    assertThat(fixture.fixtureStatuses(dealer, "LIVE1")).isEmpty();

    for (int i = 13; i <= 14; i++) {
      write(sender, row("LIVE" + i, i));
    }
    sender.close();
    assertThat(upload.get(30, TimeUnit.SECONDS).accepted()).isEqualTo(14);

    fixture.drain();
    assertThat(IntStream.rangeClosed(1, 14).mapToObj(i -> fixture.only(dealer, "LIVE" + i)))
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo("DUE");
              assertThat(fixture.history(f.id())).containsExactly("DUE");
            });
  }

  /** Numbers of this run only: a contact still holding its dial path from an earlier run waits. */
  private final long phones =
      13_700_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 100L;

  private String row(String recordId, int n) {
    return "PURCHASE," + recordId + ",2026-11-19 15:00,Ann," + (phones + n) + ",\n";
  }

  private static void write(OutputStream out, String text) throws Exception {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Waits until the upload's transaction holds {@code atLeast} follow-ups (read uncommitted). */
  private void awaitUncommittedFollowUps(String dealer, int atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (uncommitted(dealer, "") < atLeast) {
      assertThat(System.nanoTime()).as("upload writing its batches").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private int followUpsInWakeIndex(String dealer) throws Exception {
    return uncommitted(dealer, " AND wake_at IS NOT NULL");
  }

  private int uncommitted(String dealer, String condition) throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
      try (PreparedStatement select =
          c.prepareStatement("SELECT COUNT(*) FROM follow_up WHERE dealer_code = ?" + condition)) {
        select.setString(1, dealer);
        try (ResultSet count = select.executeQuery()) {
          count.next();
          return count.getInt(1);
        }
      }
    }
  }
}
