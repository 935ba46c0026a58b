package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.record.DealerRecord;
import com.followup.campaign.record.RecordType;
import com.followup.campaign.record.ZoneSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RecordUploadTest {

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone\n";

  @Inject RecordUpload upload;
  @Inject DealerDirectory dealers;
  @Inject RecordingHandOff handOff;
  @Inject UploadLog log;
  @Inject RecordHistory history;
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

  @Test
  void a_messy_real_world_file_is_read_with_exact_line_numbers() {
    String file =
        "\uFEFFRecord_Type, record_id ,EVENT_TIME,customer_name,phone,product,serial,parts,notes\r\n"
            + "purchase,S-1,2026-11-19,张三,13812345678,\"Model S, long range\",VIN1,,ignored\r\n"
            + "REPAIR,R-1,2026/11/18 9:05,\"Li\r\nSi\",+86 139-1234-5678,Washer,SN9,\"pump; belt ;\",\r\n"
            + "PURCHASE,S-2,2026-11-19T14:30,王五,１３７１２３４５６７８,,,,\r\n"
            + "PURCHASE,S-3,2026-11-19 14:30:00,Zhao,+86 (0)21 6123 4567,,,,\r\n"
            + "PURCHASE,S-4,2026-11-19T08:00:00+08:00,Bad Phone,12ab,,,,\r\n"
            + "\r\n\r\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(summary.received()).isEqualTo(5);
    assertThat(summary.accepted()).isEqualTo(4);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.errors())
        .containsExactly(new RowError(7, "phone", "not a phone number: '12ab'"));
    DealerRecord repair = handedOff("R-1");
    assertThat(repair.customerName()).isEqualTo("Li\r\nSi");
    assertThat(repair.phone()).isEqualTo("+8613912345678");
    assertThat(repair.eventTime()).isEqualTo(Instant.parse("2026-11-18T01:05:00Z"));
    assertThat(repair.parts()).containsExactly("pump", "belt");
    assertThat(handedOff("S-1").product()).isEqualTo("Model S, long range");
    assertThat(handedOff("S-1").eventTime()).isEqualTo(Instant.parse("2026-11-18T16:00:00Z"));
    assertThat(handedOff("S-2").phone()).isEqualTo("+8613712345678");
    assertThat(handedOff("S-3").phone()).isEqualTo("+862161234567");
  }

  @Test
  void a_bad_row_never_stops_the_good_ones_and_each_problem_names_line_and_column() {
    String file =
        HEADER
            + "PURCHASE,OK-1,2026-11-19,Ann,13812345678\n"
            + "SALE,X-1,2026-11-19,Bob,13812345679\n"
            + "PURCHASE,,2026-11-19,Cat,13812345670\n"
            + "PURCHASE,X-3,19.11.2026,Dan,13812345671\n"
            + "PURCHASE,X-4,2026-12-01,Eve,13812345672\n"
            + "REPAIR,OK-2,2026-11-19,,13812345673\n"
            + "REPAIR,OK-3,2026-11-19,Fay,13812345674\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(summary.accepted()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(5);
    assertThat(summary.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "record_type"),
            org.assertj.core.groups.Tuple.tuple(4L, "record_id"),
            org.assertj.core.groups.Tuple.tuple(5L, "event_time"),
            org.assertj.core.groups.Tuple.tuple(6L, "event_time"),
            org.assertj.core.groups.Tuple.tuple(7L, "customer_name"));
    assertThat(summary.errors().get(0).message()).isEqualTo("must be PURCHASE or REPAIR: 'SALE'");
    assertThat(summary.errors().get(3).message()).contains("is in the future");
    assertThat(db.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = ?", dealer))
        .isEqualTo(2);
  }

  @Test
  void the_same_content_again_is_a_duplicate_and_is_not_handed_off_again() {
    String file =
        HEADER + "PURCHASE,P-1,2026-11-19,Ann,13812345678\nREPAIR,P-2,2026-11-18,Bob,13812345679\n";
    uploads.csv(dealer, file);
    handOff.reset();

    UploadSummary again = uploads.csv(dealer, file);

    assertThat(again.accepted()).isZero();
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(handOff.received).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = ?", dealer))
        .isEqualTo(2);
  }

  @Test
  void changed_content_is_an_update_kept_in_history_and_handed_off_once_as_version_two() {
    uploads.csv(dealer, HEADER + "PURCHASE,P-1,2026-11-19,Ann,13812345678\n");
    handOff.reset();

    UploadSummary changed =
        uploads.csv(dealer, HEADER + "PURCHASE,P-1,2026-11-17,Ann Lee,13812345678\n");

    assertThat(changed.updated()).isEqualTo(1);
    assertThat(handOff.received)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.version()).isEqualTo(2);
              assertThat(r.customerName()).isEqualTo("Ann Lee");
            });
    RecordVersions versions = history.find(dealer, "P-1").orElseThrow();
    assertThat(versions.current().customerName()).isEqualTo("Ann Lee");
    assertThat(versions.history())
        .singleElement()
        .satisfies(
            old -> {
              assertThat(old.version()).isEqualTo(1);
              assertThat(old.customerName()).isEqualTo("Ann");
              assertThat(old.eventTime()).isEqualTo(Instant.parse("2026-11-18T16:00:00Z"));
            });
  }

  @Test
  void a_record_id_repeated_in_one_file_is_applied_in_file_order() {
    String file =
        HEADER
            + "PURCHASE,D-1,2026-11-19,Ann,13812345678\n"
            + "PURCHASE,D-1,2026-11-19,Ann,13812345678\n"
            + "PURCHASE,D-1,2026-11-19,Ann Changed,13812345678\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.updated()).isEqualTo(1);
    assertThat(history.find(dealer, "D-1").orElseThrow().current().customerName())
        .isEqualTo("Ann Changed");
  }

  @Test
  void customers_are_deduplicated_by_phone_within_a_dealer() {
    String other = uploads.newDealer("CN", "Asia/Shanghai");
    String file =
        HEADER
            + "PURCHASE,C-1,2026-11-19,Ann,13812345678\n"
            + "REPAIR,C-2,2026-11-19,Ann,+86 138 1234 5678\n"
            + "PURCHASE,C-3,2026-11-19,Bob,13812345679\n";

    uploads.csv(dealer, file);
    uploads.csv(other, file);

    assertThat(db.count("SELECT COUNT(*) FROM customer WHERE dealer_code = ?", dealer))
        .isEqualTo(2);
    assertThat(db.count("SELECT COUNT(*) FROM customer WHERE dealer_code = ?", other)).isEqualTo(2);
  }

  @Test
  void the_customers_zone_comes_from_the_column_else_the_number_else_the_dealer() {
    String file =
        "record_type,record_id,event_time,customer_name,phone,timezone\n"
            + "PURCHASE,Z-1,2026-11-19,Urumqi,13812345678,Asia/Urumqi\n"
            + "PURCHASE,Z-2,2026-11-19,Phoenix,+1 602 555 0142,\n"
            + "PURCHASE,Z-3,2026-11-19,Moscow mobile,+7 912 345 6789,\n"
            + "PURCHASE,Z-4,2026-11-19,Bad zone,13812345670,UTC+8\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(handedOff("Z-1").zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    assertThat(handedOff("Z-1").zoneSource()).isEqualTo(ZoneSource.COLUMN);
    assertThat(handedOff("Z-2").zone()).isEqualTo(ZoneId.of("America/Phoenix"));
    assertThat(handedOff("Z-2").zoneSource()).isEqualTo(ZoneSource.PHONE);
    assertThat(handedOff("Z-3").zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(handedOff("Z-3").zoneSource()).isEqualTo(ZoneSource.DEALER);
    assertThat(summary.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.column()).isEqualTo("timezone"));
    assertThat(
            db.column(
                "SELECT timezone_source FROM dealer_record WHERE dealer_code = ? AND record_id = 'Z-2'",
                dealer))
        .containsExactly("PHONE");
  }

  @Test
  void a_gb18030_file_from_excel_on_chinese_windows_is_decoded() {
    Charset gb18030 = Charset.forName("GB18030");
    String file = HEADER + "PURCHASE,G-1,2026/11/19,欧阳娜娜,13812345678\n";

    UploadSummary summary = uploads.csv(dealer, file, gb18030);

    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(handedOff("G-1").customerName()).isEqualTo("欧阳娜娜");
  }

  @Test
  void a_header_only_file_is_an_empty_upload_and_an_empty_or_incomplete_file_is_refused() {
    assertThat(uploads.csv(dealer, HEADER).received()).isZero();
    assertThatThrownBy(() -> uploads.csv(dealer, ""))
        .isInstanceOf(MalformedUpload.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> uploads.csv(dealer, "record_type,record_id,event_time\nPURCHASE,1,2026-11-19\n"))
        .isInstanceOf(MalformedUpload.class)
        .hasMessageContaining("customer_name, phone");
    assertThat(db.count("SELECT COUNT(*) FROM record_upload WHERE dealer_code = ?", dealer))
        .isEqualTo(1);
  }

  @Test
  void records_can_be_sent_as_a_json_array() {
    String json =
        "[\n"
            + " {\"recordType\": \"PURCHASE\", \"recordId\": \"J-1\", \"eventTime\": \"2026-11-19\","
            + " \"customerName\": \"Ann\", \"phone\": \"13812345678\", \"parts\": null},\n"
            + " {\"record_type\": \"REPAIR\", \"record_id\": \"J-2\", \"event_time\": \"2026-11-19\","
            + " \"customer_name\": \"Bob\", \"phone\": \"nope\"},\n"
            + " 42\n"
            + "]";

    UploadSummary summary = uploads.json(dealer, json);

    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(summary.errors()).extracting(RowError::line).containsExactly(3L, 4L);
    assertThat(handedOff("J-1").type()).isEqualTo(RecordType.PURCHASE);
    assertThatThrownBy(() -> uploads.json(dealer, "{\"not\": \"an array\"}"))
        .isInstanceOf(MalformedUpload.class);
  }

  @Test
  void the_summary_can_be_read_back_later_with_its_errors() {
    UploadSummary summary =
        uploads.csv(
            dealer, HEADER + "PURCHASE,L-1,2026-11-19,Ann,13812345678\nPURCHASE,L-2,x,Bob,1\n");

    UploadSummary later = log.find(dealer, summary.uploadId()).orElseThrow();

    assertThat(later.accepted()).isEqualTo(1);
    assertThat(later.rejected()).isEqualTo(1);
    assertThat(later.errors()).hasSize(2);
    assertThat(log.find("SOMEONE-ELSE", summary.uploadId())).isEmpty();
    assertThat(log.recent(dealer, 10))
        .extracting(UploadSummary::uploadId)
        .containsExactly(summary.uploadId());
    assertThat(log.errors(dealer, summary.uploadId(), 1, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.column()).isEqualTo("phone"));
  }

  private DealerRecord handedOff(String recordId) {
    return handOff.received.stream()
        .filter(r -> r.recordId().equals(recordId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not handed off: " + recordId));
  }
}
