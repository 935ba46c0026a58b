package com.followup.campaign.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.ingest.RecordUpload;
import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.time.SettableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups planned as records arrive, through the real upload (2026-11-20 09:00 in Shanghai). */
@MicronautTest(transactional = false)
class FollowUpPlanningTest {

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone,timezone\n";

  @Inject RecordUpload upload;
  @Inject DealerDirectory dealers;
  @Inject FollowUps followUps;
  @Inject SettableClock clock;

  String dealer;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-20T01:00:00Z"));
    dealer = "F" + UUID.randomUUID().toString().substring(0, 8);
    dealers.register(dealer, "Planning Motors", "CN", "Asia/Shanghai");
  }

  private void send(String rows) {
    upload.upload(
        dealer,
        UploadFormat.CSV,
        new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        "test");
  }

  @Test
  void a_new_purchase_gets_only_its_first_step_due_within_3_days() {
    send("PURCHASE,P-1,2026-11-19 15:00,Ann,13812345678,\n");

    List<FollowUpView> planned = followUps.forRecord(dealer, "P-1");

    assertThat(planned)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.campaign()).isEqualTo("purchase");
              assertThat(f.step()).isEqualTo(1);
              assertThat(f.windowStart()).isEqualTo(Instant.parse("2026-11-19T07:00:00Z"));
              assertThat(f.deadline()).isEqualTo(Instant.parse("2026-11-22T07:00:00Z"));
              assertThat(f.status()).isEqualTo("SCHEDULED");
              assertThat(f.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
              assertThat(f.attempts()).isZero();
            });
  }

  @Test
  void a_late_record_misses_the_passed_steps_and_the_open_step_is_called_now() {
    send(
        "PURCHASE,L-1,2026-11-15 10:00,Late,13812345678,\nPURCHASE,L-2,2026-10-01 10:00,Very late,13812345679,\n");

    assertThat(followUps.forRecord(dealer, "L-1"))
        .extracting(FollowUpView::step, FollowUpView::status, FollowUpView::missedReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "MISSED", "LATE_RECORD"),
            org.assertj.core.groups.Tuple.tuple(2, "SCHEDULED", null));
    assertThat(followUps.forRecord(dealer, "L-2"))
        .extracting(FollowUpView::status)
        .containsExactly("MISSED", "MISSED", "MISSED");
  }

  @Test
  void a_customer_in_another_zone_is_called_in_their_own_calling_hours() {
    send("REPAIR,U-1,2026-11-19 15:00,Urumqi,13812345678,Asia/Urumqi\n");

    FollowUpView repair = followUps.forRecord(dealer, "U-1").get(0);

    assertThat(repair.campaign()).isEqualTo("repair");
    assertThat(repair.status()).isEqualTo("SCHEDULED");
    assertThat(repair.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-20T03:00:00Z"));
  }

  @Test
  void a_changed_event_time_moves_the_open_step_and_a_duplicate_changes_nothing() {
    send("PURCHASE,C-1,2026-11-19 15:00,Ann,13812345678,\n");
    send("PURCHASE,C-1,2026-11-19 15:00,Ann,13812345678,\n");
    assertThat(followUps.forRecord(dealer, "C-1")).hasSize(1);

    send("PURCHASE,C-1,2026-11-18 15:00,Ann,13812345678,\n");

    assertThat(followUps.forRecord(dealer, "C-1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.deadline()).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
              assertThat(f.status()).isEqualTo("SCHEDULED");
            });
  }
}
