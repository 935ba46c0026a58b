package com.followup.campaign.dispatch;

import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import com.followup.campaign.ingest.RecordUpload;
import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.time.SettableClock;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test fixture: dealers, uploads, draining the dispatcher, and reading a follow-up's history. */
@Singleton
public class DispatchFixture {

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone,timezone\n";

  final RecordUpload upload;
  final DealerDirectory dealers;
  final FollowUps followUps;
  public final FollowUpDispatcher dispatcher;
  public final SettableClock clock;
  public final TransactionOperations<Connection> transactions;

  DispatchFixture(
      RecordUpload upload,
      DealerDirectory dealers,
      FollowUps followUps,
      FollowUpDispatcher dispatcher,
      SettableClock clock,
      TransactionOperations<Connection> transactions) {
    this.upload = upload;
    this.dealers = dealers;
    this.followUps = followUps;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.transactions = transactions;
  }

  public String newDealer() {
    String code = "D" + UUID.randomUUID().toString().substring(0, 8);
    dealers.register(code, "Dispatch Motors", "CN", "Asia/Shanghai");
    return code;
  }

  public void send(String dealer, String rows) {
    upload.upload(
        dealer,
        UploadFormat.CSV,
        new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        "test");
  }

  /** Runs dispatcher passes until nothing more is due now. */
  void drain() {
    while (dispatcher.processDue(clock.instant()) > 0) {
      // next batch
    }
  }

  FollowUpView only(String dealer, String recordId) {
    List<FollowUpView> all = followUps.forRecord(dealer, recordId);
    return all.get(all.size() - 1);
  }

  /** The statuses of a record's follow-ups, oldest step first. */
  List<String> fixtureStatuses(String dealer, String recordId) {
    return followUps.forRecord(dealer, recordId).stream().map(FollowUpView::status).toList();
  }

  /** The statuses a follow-up went through, oldest first. */
  List<String> history(long followUpId) {
    return transactions.executeRead(
        status -> {
          List<String> found = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT status, reason FROM follow_up_event WHERE follow_up_id = ? ORDER BY id")) {
            select.setLong(1, followUpId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                String reason = rows.getString(2);
                found.add(rows.getString(1) + (reason == null ? "" : ":" + reason));
              }
            }
          }
          return found;
        });
  }
}
