package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The batched-INSERT path (H2, or a server without LOAD DATA LOCAL) stores the same rows. */
@MicronautTest(transactional = false)
@Property(name = "followup.ingest.load-data", value = "false")
class BatchInsertPathTest {

  @Inject RecordUpload upload;
  @Inject DealerDirectory dealers;
  @Inject RecordHistory history;
  @Inject DataSource dataSource;

  @Test
  void records_customers_updates_and_errors_are_stored_without_load_data() {
    Uploads uploads = new Uploads(upload, dealers);
    String dealer = uploads.newDealer("US", "America/Phoenix");
    String file =
        RecordUploadTest.HEADER
            + "PURCHASE,B-1,2026-11-19 10:00,\"O'Neil \\\\ \t Tab\",(602) 555-0142\n"
            + "REPAIR,B-2,2026-11-19,Bob,602-555-0143\n"
            + "REPAIR,B-3,2026-11-19,Bad,555\n";

    UploadSummary first = uploads.csv(dealer, file);
    UploadSummary second = uploads.csv(dealer, file.replace("Bob", "Robert"));

    assertThat(first.accepted()).isEqualTo(2);
    assertThat(second.duplicates()).isEqualTo(1);
    assertThat(second.updated()).isEqualTo(1);
    Db db = new Db(dataSource);
    assertThat(db.count("SELECT COUNT(*) FROM customer WHERE dealer_code = ?", dealer))
        .isEqualTo(2);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM record_upload_error e JOIN record_upload u ON u.id = e.upload_id WHERE u.dealer_code = ?",
                dealer))
        .isEqualTo(2);
    RecordVersions b1 = history.find(dealer, "B-1").orElseThrow();
    assertThat(b1.current().customerName()).isEqualTo("O'Neil \\\\ \t Tab");
    assertThat(b1.current().eventTime()).isEqualTo(Instant.parse("2026-11-19T17:00:00Z"));
    assertThat(history.find(dealer, "B-2").orElseThrow().history()).hasSize(1);
  }
}
