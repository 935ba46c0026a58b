package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RejectedRowsTest {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Inject RecordUpload upload;
  @Inject DealerDirectory dealers;
  @Inject RejectedRows rejected;

  Uploads uploads;
  String dealer;

  @BeforeEach
  void setUp() {
    uploads = new Uploads(upload, dealers);
    dealer = uploads.newDealer("CN", "Asia/Shanghai");
  }

  @Test
  void a_utf8_file_with_a_bom_gives_back_its_rejected_rows_as_sent_with_their_errors() {
    String file =
        "\uFEFFrecord_type,record_id,event_time,customer_name,phone,备注\r\n"
            + "PURCHASE,OK-1,2026-11-19,张三,13812345678,fine\r\n"
            + "PURCHASE,B-1,2099-01-01,\"Li, Si\",12ab,\"=SUM(A1)\"\r\n"
            + "REPAIR,OK-2,2026-11-19,王五,13812345679,\r\n"
            + "SALE,B-2,2026-11-19,\"Multi\r\nline\",13812345670,\r\n";

    UploadSummary summary = uploads.csvBytes(dealer, file.getBytes(StandardCharsets.UTF_8), utf8());
    byte[] download = download(summary);

    assertThat(Arrays.copyOf(download, 3)).isEqualTo(UTF8_BOM);
    assertThat(new String(download, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFrecord_type,record_id,event_time,customer_name,phone,备注,error\r\n"
                + "PURCHASE,B-1,2099-01-01,\"Li, Si\",12ab,=SUM(A1),"
                + "event_time: is in the future: '2099-01-01'; phone: not a phone number: '12ab'\r\n"
                + "SALE,B-2,2026-11-19,\"Multi\r\nline\",13812345670,,"
                + "record_type: must be PURCHASE or REPAIR: 'SALE'\r\n");
  }

  @Test
  void a_gb18030_file_gives_back_gb18030_that_is_accepted_once_fixed() {
    String header = "record_type,record_id,event_time,customer_name,phone,产品\n";
    String file =
        header
            + "PURCHASE,G-1,2026/11/19,欧阳娜娜,1381234567a,洗衣机\n"
            + "PURCHASE,G-2,2026/11/19,张三,13812345678,冰箱\n";
    UploadSummary summary = uploads.csvBytes(dealer, file.getBytes(GB18030), GB18030);

    byte[] download = download(summary);
    String text = new String(download, GB18030);

    assertThat(text)
        .isEqualTo(
            "record_type,record_id,event_time,customer_name,phone,产品,error\r\n"
                + "PURCHASE,G-1,2026/11/19,欧阳娜娜,1381234567a,洗衣机,"
                + "phone: not a phone number: '1381234567a'\r\n");
    assertThat(rejected.find(dealer, summary.uploadId()).orElseThrow().contentType())
        .isEqualTo("text/csv; charset=GB18030");

    String fixed = text.replace("1381234567a", "13812345670");
    UploadSummary again = uploads.csvBytes(dealer, fixed.getBytes(GB18030), GB18030);

    assertThat(again.accepted()).isEqualTo(1);
    assertThat(again.rejected()).isZero();
    assertThat(new String(download(again), GB18030))
        .isEqualTo("record_type,record_id,event_time,customer_name,phone,产品,error,error_2\r\n");
  }

  @Test
  void rows_of_the_wrong_shape_are_rejected_alone_and_come_back_as_far_as_they_can() {
    String file =
        RecordUploadTest.HEADER
            + "PURCHASE,S-1,2026-11-19,Ann\n"
            + "PURCHASE,S-2,2026-11-19,Bob, Jr,13812345678\n"
            + "PURCHASE,OK-1,2026-11-19,Cat,13812345679\n"
            + "PURCHASE,S-3,2026-11-19,\"Dan \"the man\",13812345670\n";

    UploadSummary summary = uploads.csv(dealer, file);

    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(3);
    assertThat(new String(download(summary), StandardCharsets.UTF_8))
        .isEqualTo(
            "record_type,record_id,event_time,customer_name,phone,error\r\n"
                + "PURCHASE,S-1,2026-11-19,Ann,,has 4 fields where the header has 5"
                + " (a comma or quote out of place?)\r\n"
                + "\"PURCHASE,S-2,2026-11-19,Bob, Jr,13812345678\",,,,,has 6 fields where the"
                + " header has 5 (a comma or quote out of place?)\r\n"
                + "PURCHASE,S-3,2026-11-19,\"Dan the man\"\",13812345670\n\",,"
                + "has 4 fields where the header has 5 (a comma or quote out of place?)\r\n");
  }

  @Test
  void a_json_upload_gives_back_utf8_with_a_bom_in_the_contract_columns_and_extra_keys() {
    String json =
        "[{\"recordType\":\"PURCHASE\",\"recordId\":\"J-1\",\"eventTime\":\"2026-11-19\","
            + "\"customerName\":\"Ann\",\"phone\":\"13812345678\"},\n"
            + " {\"record_type\":\"REPAIR\",\"recordId\":\"J-2\",\"eventTime\":\"2026-11-19\","
            + "\"customerName\":\"Bob\",\"phone\":\"nope\",\"branch\":\"East\"},\n"
            + " 42]";

    UploadSummary summary = uploads.json(dealer, json);

    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(new String(download(summary), StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFrecord_type,record_id,event_time,customer_name,phone,product,serial,parts,"
                + "timezone,consent,branch,error\r\n"
                + "REPAIR,J-2,2026-11-19,Bob,nope,,,,,,East,phone: not a phone number: 'nope'\r\n"
                + "42,,,,,,,,,,,expected a record object\r\n");
  }

  @Test
  void an_upload_without_rejects_gives_the_header_and_another_dealers_upload_is_not_found() {
    UploadSummary summary =
        uploads.csv(dealer, RecordUploadTest.HEADER + "PURCHASE,P-1,2026-11-19,Ann,13812345678\n");

    assertThat(new String(download(summary), StandardCharsets.UTF_8))
        .isEqualTo("record_type,record_id,event_time,customer_name,phone,error\r\n");
    assertThat(rejected.find("SOMEONE-ELSE", summary.uploadId())).isEmpty();
    assertThat(rejected.find(dealer, "not-a-number")).isEmpty();
    assertThat(rejected.find(dealer, summary.uploadId()).orElseThrow().fileName())
        .isEqualTo(dealer + "-upload-" + summary.uploadId() + "-rejected.csv");
  }

  @Test
  void a_file_of_100_000_bad_rows_streams_back_whole() throws Exception {
    StringBuilder file = new StringBuilder(RecordUploadTest.HEADER);
    for (int i = 0; i < 100_000; i++) {
      file.append("PURCHASE,X-").append(i).append(",2026-11-19,Name ").append(i).append(",bad\n");
    }
    UploadSummary summary = uploads.csv(dealer, file.toString());
    assertThat(summary.rejected()).isEqualTo(100_000);

    var counting = new LineCounter();
    assertThat(rejected.write(dealer, summary.uploadId(), counting)).isTrue();

    assertThat(counting.lines).isEqualTo(100_001);
  }

  private byte[] download(UploadSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertThat(rejected.write(dealer, summary.uploadId(), out)).isTrue();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static Charset utf8() {
    return StandardCharsets.UTF_8;
  }

  /** Counts line ends without keeping the bytes. */
  static final class LineCounter extends java.io.OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }
}
