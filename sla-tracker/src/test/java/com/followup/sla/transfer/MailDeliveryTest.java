package com.followup.sla.transfer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import com.followup.sla.support.Desk;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketEvent;
import com.followup.sla.ticket.Tickets;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tickets for a department with an e-mail address are mailed over real SMTP to GreenMail, an
 * in-process mail server on loopback, by the real delivery loop on MariaDB; time is the test's
 * clock, and the loop runs when the test says, as the scheduler would.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest implements TestPropertyProvider {

  static final int PORT = freePort();

  @Inject Desk desk;
  @Inject Departments departments;
  @Inject DeliveryOutbox outbox;
  @Inject TransferHistory history;
  @Inject Tickets tickets;

  GreenMail smtp;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "followup.departments.delivery.mail-host", "127.0.0.1",
        "followup.departments.delivery.mail-port", Integer.toString(PORT),
        "followup.departments.delivery.mail-from", "centre@followup.test",
        "followup.departments.delivery.first-retry", "2s",
        "followup.departments.delivery.max-backoff", "1m",
        "followup.departments.delivery.timeout", "3s");
  }

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  private void smtpUp() {
    smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private String department() {
    String code = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    departments.save(
        new Department(
            code,
            "Service station " + code,
            null,
            null,
            code + "@stations.test",
            ZoneId.of("Asia/Shanghai"),
            LocalTime.of(8, 0),
            LocalTime.of(18, 0)),
        "test");
    return code;
  }

  /** The mails the server took for the department (other tests' mails go to other addresses). */
  private List<MimeMessage> mailsTo(String department) {
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .map(a -> ((InternetAddress) a).getAddress())
                    .anyMatch((department + "@stations.test")::equals);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private List<TicketEvent> notified(Ticket ticket) {
    return tickets.events(ticket.id()).stream()
        .filter(e -> e.type() == TicketEventType.DEPARTMENT_NOTIFIED)
        .toList();
  }

  private Delivery delivery(Ticket ticket) {
    List<Delivery> all = history.deliveries(ticket.id().value());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** One round of the delivery loop at the test clock's now. */
  private void deliverNow() {
    outbox.processDue(desk.clock.instant());
  }

  @Test
  void a_ticket_for_a_department_with_an_e_mail_address_is_mailed_once_and_notified_at_acceptance()
      throws Exception {
    smtpUp();
    String code = department();
    Ticket ticket = desk.open(TicketType.PROBLEM, code);
    Delivery written = delivery(ticket);
    assertThat(written.channel()).isEqualTo("EMAIL");
    assertThat(written.destination()).isEqualTo(code + "@stations.test");
    assertThat(written.deliveredAt()).isNull();
    assertThat(notified(ticket)).isEmpty();

    desk.clock.advance(Duration.ofSeconds(3));
    Instant accepted = desk.clock.instant();
    deliverNow();

    List<MimeMessage> mails = mailsTo(code);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    String body = GreenMailUtil.getBody(mail);
    assertThat(mail.getSubject())
        .isEqualTo("Ticket #" + ticket.id().value() + " (PROBLEM) for " + code);
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("centre@followup.test");
    assertThat(mail.getHeader(WebhookSignature.DELIVERY_HEADER))
        .containsExactly(written.deliveryId());
    assertThat(body)
        .contains("Ticket #" + ticket.id().value() + " (PROBLEM)")
        .contains("customer unhappy")
        .contains("Customer: " + ticket.customerPhone())
        .contains("Dealer: " + ticket.dealerCode())
        .contains("Acknowledge by: " + ticket.target("transferred").orElseThrow().dueAt())
        .contains("Delivery " + written.deliveryId());

    Delivery done = delivery(ticket);
    assertThat(done.deliveredAt()).isEqualTo(accepted);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(done.nextAttemptAt()).isNull();
    assertThat(notified(ticket)).extracting(TicketEvent::occurredAt).containsExactly(accepted);
    assertThat(desk.target(ticket, "transferred").metAt()).isEqualTo(accepted);
    assertThat(history.transfers(ticket.id().value()).get(0).notifiedAt()).isEqualTo(accepted);

    desk.clock.advance(Duration.ofMinutes(10));
    deliverNow();
    assertThat(mailsTo(code)).hasSize(1);
    assertThat(notified(ticket)).hasSize(1);
  }

  @Test
  void a_mail_server_that_is_down_is_tried_again_with_back_off_and_the_mail_arrives_once_when_up()
      throws Exception {
    String code = department();
    Ticket ticket = desk.open(TicketType.PROBLEM, code);
    Instant first = desk.clock.instant();

    deliverNow();
    Delivery failed = delivery(ticket);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastAttemptAt()).isEqualTo(first);
    assertThat(failed.lastError()).contains("MailConnectException");
    assertThat(failed.nextAttemptAt()).isEqualTo(first.plusSeconds(2));
    assertThat(failed.deliveredAt()).isNull();

    desk.clock.advance(Duration.ofMillis(1999));
    deliverNow();
    assertThat(delivery(ticket).attempts()).as("not before its back-off").isEqualTo(1);

    desk.clock.advance(Duration.ofMillis(1));
    deliverNow();
    Delivery second = delivery(ticket);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.nextAttemptAt()).as("the wait doubles").isEqualTo(first.plusSeconds(2 + 4));

    smtpUp();
    desk.clock.advance(Duration.ofMillis(3999));
    deliverNow();
    assertThat(mailsTo(code)).isEmpty();
    assertThat(notified(ticket)).isEmpty();

    desk.clock.advance(Duration.ofMillis(1));
    Instant accepted = desk.clock.instant();
    deliverNow();

    assertThat(mailsTo(code)).hasSize(1);
    assertThat(mailsTo(code).get(0).getHeader(WebhookSignature.DELIVERY_HEADER))
        .containsExactly(failed.deliveryId());
    Delivery done = delivery(ticket);
    assertThat(done.deliveryId()).isEqualTo(failed.deliveryId());
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(done.deliveredAt()).isEqualTo(accepted);
    assertThat(done.lastError()).isNull();
    assertThat(notified(ticket)).extracting(TicketEvent::occurredAt).containsExactly(accepted);

    desk.clock.advance(Duration.ofMinutes(10));
    deliverNow();
    assertThat(mailsTo(code)).hasSize(1);
  }

  @Test
  void a_mail_still_undelivered_half_way_to_the_notification_deadline_is_flagged_and_then_sent()
      throws Exception {
    String code = department();
    Ticket ticket = desk.open(TicketType.PROBLEM, code);
    Instant opened = desk.clock.instant();
    Instant notifyBy = ticket.target("transferred").orElseThrow().dueAt();
    Instant warnAt = opened.plus(Duration.between(opened, notifyBy).dividedBy(2));

    Instant now = opened;
    while (now.isBefore(warnAt.minusSeconds(60))) {
      deliverNow();
      desk.clock.advance(Duration.ofMinutes(1));
      now = desk.clock.instant();
    }
    desk.clock.set(warnAt.minusMillis(1));
    deliverNow();
    assertThat(delivery(ticket).warnedAt()).isNull();
    assertThat(delivery(ticket).overdue()).isFalse();

    desk.clock.set(warnAt);
    deliverNow();
    Delivery warned = delivery(ticket);
    assertThat(warned.warnedAt()).isEqualTo(warnAt);
    assertThat(warned.overdue()).isTrue();
    assertThat(warned.attempts()).isGreaterThan(10);
    assertThat(warned.lastError()).contains("MailConnectException");
    assertThat(history.overdueDeliveries()).isPositive();

    smtpUp();
    desk.clock.advance(Duration.ofMinutes(1));
    deliverNow();
    Delivery done = delivery(ticket);
    assertThat(done.deliveredAt()).isNotNull();
    assertThat(done.warnedAt()).as("the warning stays on the record").isEqualTo(warnAt);
    assertThat(done.overdue()).isFalse();
    assertThat(mailsTo(code)).hasSize(1);
    assertThat(notified(ticket)).hasSize(1);
  }

  @Test
  void a_department_with_a_webhook_and_an_e_mail_address_gets_both_and_is_notified_once()
      throws Exception {
    smtpUp();
    WireMockServer hook = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    hook.start();
    try {
      hook.stubFor(post(urlEqualTo("/tickets")).willReturn(aResponse().withStatus(202)));
      String code = "both-" + UUID.randomUUID().toString().substring(0, 8);
      departments.save(
          new Department(
              code,
              "Branch " + code,
              hook.baseUrl() + "/tickets",
              "a-branch-secret-0123456",
              code + "@stations.test",
              ZoneId.of("Asia/Shanghai"),
              LocalTime.of(8, 0),
              LocalTime.of(18, 0)),
          "test");
      Ticket ticket = desk.open(TicketType.COMPLAINT, code);
      desk.clock.advance(Duration.ofSeconds(1));
      Instant at = desk.clock.instant();

      deliverNow();

      List<Delivery> both = history.deliveries(ticket.id().value());
      assertThat(both).extracting(Delivery::channel).containsExactly("WEBHOOK", "EMAIL");
      assertThat(both).extracting(Delivery::deliveredAt).containsExactly(at, at);
      assertThat(both.stream().map(Delivery::deliveryId).distinct()).hasSize(2);
      assertThat(mailsTo(code)).hasSize(1);
      assertThat(hook.findAll(postRequestedFor(urlEqualTo("/tickets")))).hasSize(1);
      assertThat(notified(ticket)).extracting(TicketEvent::occurredAt).containsExactly(at);
      assertThat(desk.target(ticket, "department-notified").metAt()).isEqualTo(at);
    } finally {
      hook.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
