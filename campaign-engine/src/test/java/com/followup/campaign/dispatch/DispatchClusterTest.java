package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.TimelineStep;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dispatch with more than one instance on one MariaDB schema, and one dying mid-claim. */
@MicronautTest(transactional = false)
@Property(name = "followup.dispatch.batch-size", value = "50")
class DispatchClusterTest {

  @Inject DispatchFixture fixture;
  @Inject ApplicationContext context;
  @Inject DataSource dataSource;
  @Inject CampaignTimelines timelines;
  @Inject DialQueue queue;
  @Inject CallOutcomes outcomes;

  String dealer;

  @BeforeEach
  void setUp() {
    fixture.clock.set(DispatchTest.NINE_AM);
    dealer = fixture.newDealer();
  }

  private void records(String prefix, int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("PURCHASE,")
          .append(prefix)
          .append(i)
          .append(",2026-11-19 15:00,Ann,")
          .append(
              13_900_000_000L
                  + Math.floorMod(dealer.hashCode(), 1_000) * 100_000L
                  + (prefix.charAt(0) - 'A') * 3_000L
                  + i)
          .append(",\n");
    }
    fixture.send(dealer, rows.toString());
  }

  private List<Long> dueEventsPerFollowUp() {
    return fixture.transactions.executeRead(
        status -> {
          List<Long> counts = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT COUNT(e.id) FROM follow_up f LEFT JOIN follow_up_event e ON"
                          + " e.follow_up_id = f.id AND e.status = 'DUE' WHERE f.dealer_code = ?"
                          + " GROUP BY f.id")) {
            select.setString(1, dealer);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                counts.add(rows.getLong(1));
              }
            }
          }
          return counts;
        });
  }

  @Test
  void two_instances_racing_on_one_schema_release_every_follow_up_exactly_once() {
    records("R", 2_000);
    try (ApplicationContext second =
        ApplicationContext.run(
            Map.of("followup.dispatch.batch-size", "50", "micronaut.server.port", "-1"), "test")) {
      FollowUpDispatcher other = second.getBean(FollowUpDispatcher.class);
      Instant now = fixture.clock.instant();
      List<CompletableFuture<Void>> racers =
          List.of(
              CompletableFuture.runAsync(() -> drain(fixture.dispatcher, now)),
              CompletableFuture.runAsync(() -> drain(other, now)));
      racers.forEach(CompletableFuture::join);
    }

    assertThat(dueEventsPerFollowUp()).hasSize(2_000).allMatch(count -> count == 1L);
  }

  private static void drain(FollowUpDispatcher dispatcher, Instant now) {
    while (dispatcher.processDue(now) > 0) {
      // next batch
    }
  }

  @Test
  void an_instance_that_dies_mid_claim_loses_nothing_and_another_takes_its_rows() throws Exception {
    fixture.clock.set(Instant.parse("2026-11-19T13:00:00Z")); // 21:00 in Shanghai
    records("K", 20);
    fixture.drain(); // woken, for nine in the morning
    fixture.clock.set(DispatchTest.NINE_AM);
    Connection dying = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    dying.setAutoCommit(false);
    try (PreparedStatement claim =
        dying.prepareStatement(
            "SELECT id FROM follow_up WHERE dealer_code = ? ORDER BY id LIMIT 10 FOR UPDATE")) {
      claim.setString(1, dealer);
      claim.executeQuery().close();
    }

    fixture.drain(); // skips the ten locked rows instead of waiting for them
    assertThat(IntStream.range(0, 20).mapToObj(i -> fixture.only(dealer, "K" + i).status()))
        .containsOnly("SCHEDULED", "DUE")
        .filteredOn("SCHEDULED"::equals)
        .hasSize(10);

    dying.abort(Runnable::run); // the instance is gone: the server rolls its claim back
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> statuses;
    do { // the server notices the closed connection a moment later
      fixture.drain();
      statuses =
          IntStream.range(0, 20).mapToObj(i -> fixture.only(dealer, "K" + i).status()).toList();
    } while (statuses.contains("SCHEDULED") && System.nanoTime() < deadline);

    assertThat(statuses).containsOnly("DUE");
    assertThat(dueEventsPerFollowUp()).allMatch(count -> count == 1L);
  }

  @Test
  void an_instance_that_dies_while_waking_an_upload_loses_nothing_and_another_wakes_it()
      throws Exception {
    records("W", 20);
    Connection dying = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    dying.setAutoCommit(false);
    try (PreparedStatement block =
            dying.prepareStatement(
                "SELECT a.first_id FROM follow_up_activation a JOIN follow_up f ON f.id ="
                    + " a.first_id WHERE f.dealer_code = ? FOR UPDATE");
        PreparedStatement rows =
            dying.prepareStatement("SELECT id FROM follow_up WHERE dealer_code = ? FOR UPDATE")) {
      block.setString(1, dealer);
      block.executeQuery().close();
      rows.setString(1, dealer);
      rows.executeQuery().close();
    }

    fixture.drain(); // passes over the block the dying instance holds
    assertThat(IntStream.range(0, 20).mapToObj(i -> fixture.only(dealer, "W" + i).status()))
        .containsOnly("SCHEDULED");

    dying.abort(Runnable::run);
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> statuses;
    do {
      fixture.drain();
      statuses =
          IntStream.range(0, 20).mapToObj(i -> fixture.only(dealer, "W" + i).status()).toList();
    } while (statuses.contains("SCHEDULED") && System.nanoTime() < deadline);

    assertThat(statuses).containsOnly("DUE");
    assertThat(dueEventsPerFollowUp()).hasSize(20).allMatch(count -> count == 1L);
  }

  @Test
  void follow_ups_of_two_timeline_versions_live_side_by_side_each_under_its_own() {
    CampaignTimeline before = timelines.current("purchase").orElseThrow();
    records("A", 1);
    CampaignTimeline oneTry =
        new CampaignTimeline(
            "purchase",
            0,
            before.name(),
            before.recordType(),
            List.of(new TimelineStep(1, 0, 2, 1), new TimelineStep(2, 2, 10, 1)),
            before.callingRules(),
            null,
            null);
    try {
      timelines.revise(oneTry, "test");
      records("B", 1);
    } finally {
      timelines.revise(before, "test"); // later tests plan under the defaults again
    }
    FollowUpView a = fixture.only(dealer, "A0");
    FollowUpView b = fixture.only(dealer, "B0");
    assertThat(b.campaignVersion()).isEqualTo(a.campaignVersion() + 1);
    assertThat(b.deadline()).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
    fixture.drain();

    for (CallToPlace call : queue.take("purchase", 10_000)) {
      if (call.dealerCode().equals(dealer)) {
        outcomes.record(call.followUpId(), CallOutcome.NO_ANSWER, null);
      }
    }

    assertThat(fixture.only(dealer, "A0").status()).isEqualTo("SCHEDULED");
    assertThat(fixture.only(dealer, "B0").status()).isEqualTo("MISSED");
  }
}
