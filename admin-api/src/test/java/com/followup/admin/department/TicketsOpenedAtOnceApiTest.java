package com.followup.admin.department;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.sla.transfer.WebhookSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Agents opening tickets for one department at the same moment, on real MariaDB: none of them may
 * be refused for a lock of another's (the callback link and the outbox once gap-locked the end of
 * their indexes, and concurrent openings deadlocked), and each is delivered once. Six agents: fewer
 * than the test pool's 8 connections, as an opening that reserves a new block of follow-up ids
 * needs a second connection while it holds its first (IdBlocks), and as many openings as
 * connections then wait for each other until the pool's timeout: a known limit, not tested here.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketsOpenedAtOnceApiTest implements TestPropertyProvider {

  static final String SECRET = "a-department-secret-4567";
  static final Pattern TICKET = Pattern.compile("\"ticketId\"\\s*:\\s*(\\d+)");

  final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    receiver.start();
    return Map.of();
  }

  @AfterAll
  void stopReceiver() {
    receiver.stop();
  }

  @Test
  void tickets_opened_by_six_agents_at_once_are_all_opened_and_each_delivered_once()
      throws Exception {
    Api api = new Api(client.toBlocking());
    String manager = api.userWithRole("MANAGER", null);
    String path = "/at-once-" + UUID.randomUUID();
    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
    String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> department = new HashMap<>();
    department.put("name", "Service station " + code);
    department.put("webhookUrl", receiver.baseUrl() + path);
    department.put("webhookSecret", SECRET);
    department.put("timezone", "Asia/Shanghai");
    assertThat(api.send(HttpRequest.PUT("/api/departments/" + code, department), manager).code())
        .isEqualTo(201);
    List<String> agents = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      agents.add(api.userWithRole("AGENT", null));
    }

    int tickets = 64;
    ExecutorService pool = Executors.newFixedThreadPool(agents.size());
    List<Future<HttpResponse<String>>> opened = new ArrayList<>();
    try {
      for (int i = 0; i < tickets; i++) {
        String agent = agents.get(i % agents.size());
        Map<String, Object> body = new HashMap<>();
        body.put("type", i % 2 == 0 ? "PROBLEM" : "COMPLAINT");
        body.put("customerPhone", "+86" + Api.freshMobile());
        body.put("department", code);
        body.put("summary", "opened at once " + i);
        opened.add(pool.submit(() -> api.send(HttpRequest.POST("/api/tickets", body), agent)));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<HttpResponse<String>> f : opened) {
        codes.add(f.get().code());
      }
      assertThat(codes).as("every opening's answer").containsOnly(201);
    } finally {
      pool.shutdownNow();
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (deliveries(path).size() < tickets && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
    Map<String, Set<String>> idsByTicket =
        received.stream()
            .collect(
                Collectors.groupingBy(
                    TicketsOpenedAtOnceApiTest::ticketOf,
                    Collectors.mapping(
                        r -> r.getHeader(WebhookSignature.DELIVERY_HEADER), Collectors.toSet())));
    assertThat(idsByTicket).hasSize(tickets);
    assertThat(idsByTicket.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    assertThat(received).hasSize(tickets);
  }

  private Set<String> deliveries(String path) {
    return receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
        .map(r -> r.getHeader(WebhookSignature.DELIVERY_HEADER))
        .collect(Collectors.toSet());
  }

  private static String ticketOf(LoggedRequest request) {
    Matcher m = TICKET.matcher(request.getBodyAsString());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
