package com.followup.admin.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.followup.admin.logging.MaskingConverter;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Customers' names and phone numbers do not reach the log, whole, from uploads and tickets. */
@MicronautTest(transactional = false)
class PersonalDataLogsTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void uploads_and_tickets_with_customers_names_and_phones_log_neither() {
    Api api = new Api(client.toBlocking());
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String admin = api.adminToken();
    String phone = Api.freshMobile();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    try {
      String csv =
          "record_type,record_id,event_time,customer_name,phone\n"
              + "PURCHASE,P1,"
              + LocalDate.now().minusDays(1)
              + ",Zhuangyiming Qiu,"
              + phone
              + "\n"
              + "PURCHASE,P2,"
              + LocalDate.now().minusDays(1)
              + ",Zhuangyiming Qiu,139x"
              + phone
              + "\n";
      api.send(
          HttpRequest.POST("/api/dealers/" + dealer + "/records", csv)
              .contentType(MediaType.of("text/csv")),
          admin);
      api.send(
          HttpRequest.POST(
                  "/api/dealers/" + dealer + "/records",
                  "[{\"customer_name\":\"Zhuangyiming Qiu\",\"phone\":" + phone + "}")
              .contentType(MediaType.APPLICATION_JSON_TYPE),
          admin);
      api.send(
          HttpRequest.POST(
              "/api/tickets",
              Map.of(
                  "type",
                  "COMPLAINT",
                  "customerPhone",
                  phone,
                  "dealerCode",
                  dealer,
                  "department",
                  "NO-SUCH",
                  "summary",
                  "Zhuangyiming Qiu called")),
          api.userWithRole("MANAGER", null));
    } finally {
      root.detachAppender(captured);
    }

    List<String> lines =
        captured.list.stream()
            .map(
                e ->
                    MaskingConverter.mask(
                        e.getFormattedMessage()
                            + (e.getThrowableProxy() == null
                                ? ""
                                : ThrowableProxyUtil.asString(e.getThrowableProxy()))))
            .toList();
    assertThat(lines).noneMatch(l -> l.contains("Zhuangyiming"));
    assertThat(lines).noneMatch(l -> l.contains(phone.substring(3)));
  }
}
