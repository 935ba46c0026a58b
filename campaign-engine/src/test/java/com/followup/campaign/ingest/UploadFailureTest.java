package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.record.DealerRecord;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Crashes, re-sends and concurrent uploads, with small batches so a file spans many. */
@MicronautTest(transactional = false)
@Property(name = "followup.ingest.batch-size", value = "50")
class UploadFailureTest {

  @Inject RecordUpload upload;
  @Inject DealerDirectory dealers;
  @Inject RecordingHandOff handOff;
  @Inject DataSource dataSource;

  Uploads uploads;
  Db db;
  String dealer;

  @BeforeEach
  void setUp() {
    uploads = new Uploads(upload, dealers);
    db = new Db(dataSource);
    handOff.reset();
    dealer = uploads.newDealer("CN", "Asia/Shanghai");
  }

  static String file(int rows) {
    return RecordUploadTest.HEADER
        + IntStream.range(0, rows)
            .mapToObj(
                i -> "PURCHASE,K-" + i + ",2026-11-19,Customer " + i + "," + (13800000000L + i))
            .collect(Collectors.joining("\n"));
  }

  @Test
  void a_crash_in_the_middle_leaves_nothing_and_a_resend_completes_without_duplicates() {
    String file = file(500);
    handOff.failOnBatch(4);

    assertThatThrownBy(() -> uploads.csv(dealer, file)).hasMessageContaining("simulated crash");

    assertThat(db.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = ?", dealer))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM customer WHERE dealer_code = ?", dealer)).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM record_upload WHERE dealer_code = ?", dealer))
        .isZero();

    handOff.reset();
    UploadSummary resend = uploads.csv(dealer, file);

    assertThat(resend.accepted()).isEqualTo(500);
    assertThat(resend.duplicates()).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = ?", dealer))
        .isEqualTo(500);
    assertThat(handOff.received).hasSize(500);
    assertThat(handOff.received.stream().map(DealerRecord::id).distinct()).hasSize(500);
  }

  @Test
  void a_second_upload_for_a_dealer_being_written_is_refused_at_once() throws Exception {
    try (Connection other = db.connection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("SELECT code FROM dealer WHERE code = ? FOR UPDATE")) {
        lock.setString(1, dealer);
        lock.executeQuery().close();
      }

      assertThatThrownBy(() -> uploads.csv(dealer, file(3))).isInstanceOf(UploadInProgress.class);

      other.rollback();
    }
    assertThat(uploads.csv(dealer, file(3)).accepted()).isEqualTo(3);
  }

  @Test
  void an_upload_for_another_dealer_goes_ahead_meanwhile() throws Exception {
    String other = uploads.newDealer("CN", "Asia/Shanghai");
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
          c.prepareStatement("SELECT code FROM dealer WHERE code = ? FOR UPDATE")) {
        lock.setString(1, other);
        lock.executeQuery().close();
      }
      assertThat(uploads.csv(dealer, file(120)).accepted()).isEqualTo(120);
      c.rollback();
    }
  }

  @Test
  void a_file_spanning_many_batches_counts_every_row_once() {
    String file =
        file(1_234) + "\nPURCHASE,K-5,2026-11-19,Changed,13800000005\nPURCHASE,BAD,,x,1\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(summary.received()).isEqualTo(1_236);
    assertThat(summary.accepted()).isEqualTo(1_234);
    assertThat(summary.updated()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(handOff.received).hasSize(1_235);
  }
}
