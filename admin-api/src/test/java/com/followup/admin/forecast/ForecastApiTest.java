package com.followup.admin.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import com.followup.admin.support.Zones;
import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.forecast.PendingHours;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/forecast} over real follow-up rows, real HTTP and security. */
@MicronautTest(transactional = false)
class ForecastApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject TransactionOperations<Connection> db;

  Api api;
  SlaApi sla;
  String manager;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    sla = new SlaApi(api, json);
    manager = api.userWithRole("MANAGER", null);
  }

  @Test
  void a_week_has_one_hundred_sixty_eight_hours_from_the_current_one() {
    Map<String, Object> forecast =
        sla.map(api.send(HttpRequest.GET("/api/forecast?days=7"), manager));

    List<Map<String, Object>> hours = hours(forecast);
    assertThat(hours).hasSize(168);
    Instant first = Instant.parse((String) hours.get(0).get("start"));
    assertThat(first).isEqualTo(Instant.now().truncatedTo(ChronoUnit.HOURS));
    assertThat(hours.get(0)).containsKeys("start", "due", "agentsNeeded", "missedWithRoster");
    assertThat((Map<String, Object>) forecast.get("basis"))
        .containsKeys("answerRate", "averageHandleSeconds", "serviceLevel");
    assertThat((Map<String, Object>) forecast.get("roster")).containsEntry("source", "TODAY");
  }

  @Test
  void
      pending_follow_ups_count_in_the_hour_they_become_callable_and_a_rosterless_floor_misses_them()
          throws Exception {
    // 25 purchase follow-ups callable tomorrow at midday in their zone, windows closing two hours
    // later; other tests' rows may share the hours, so the figures are at least ours
    Instant callable = Instant.now().plus(Duration.ofHours(24));
    Instant deadline = callable.plus(Duration.ofHours(2));
    insertScheduled(25, Zones.whereItIsNow(12), callable, deadline);

    Map<String, Object> forecast =
        sla.map(api.send(HttpRequest.GET("/api/forecast?days=2&agents=0"), manager));

    Map<String, Object> hour = hourAt(forecast, callable.truncatedTo(ChronoUnit.HOURS));
    assertThat(((Number) hour.get("due")).longValue()).isGreaterThanOrEqualTo(25);
    assertThat(((Number) hour.get("agentsNeeded")).intValue()).isPositive();
    assertThat((Map<String, Object>) forecast.get("roster")).containsEntry("source", "ASKED");
    Instant closes = deadline.truncatedTo(ChronoUnit.HOURS);
    assertThat((List<Map<String, Object>>) forecast.get("missed"))
        .anySatisfy(
            m -> {
              assertThat(Instant.parse((String) m.get("hour"))).isEqualTo(closes);
              assertThat(m).containsEntry("campaign", "purchase").containsEntry("step", 1);
            });
  }

  @Test
  void days_outside_one_to_thirty_one_or_not_a_number_are_refused() {
    for (String days : List.of("0", "32", "-1", "seven", "")) {
      HttpResponse<String> refused =
          api.send(HttpRequest.GET("/api/forecast?days=" + days), manager);
      assertThat(refused.code()).as(days).isEqualTo(400);
      assertThat(refused.body()).contains("days");
    }
    assertThat(api.send(HttpRequest.GET("/api/forecast?days=31"), manager).code()).isEqualTo(200);
  }

  @Test
  void only_managers_and_admins_see_the_forecast() {
    String agent = api.userWithRole("AGENT", null);
    assertThat(api.send(HttpRequest.GET("/api/forecast?days=1"), agent).code()).isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/forecast?days=1"), null).code()).isEqualTo(401);
  }

  private void insertScheduled(int count, String zone, Instant next, Instant deadline) {
    long base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    db.executeWrite(
        s -> {
          try (PreparedStatement insert =
              s.getConnection()
                  .prepareStatement(
                      "INSERT INTO follow_up (id, dealer_code, record_pk, campaign,"
                          + " campaign_version, step, phone, timezone, window_start, deadline,"
                          + " next_attempt_at, status, attempts, created_at, wake_at)"
                          + " VALUES (?, 'FORECAST', ?, 'purchase', 1, 1, '+8613800000000', ?,"
                          + " ?, ?, ?, 'SCHEDULED', 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
              SqlValues.bindAll(
                  insert, base + i, base + i, zone, next, deadline, next, Instant.now(), next);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          // written past the engine: counted for the forecast as the engine's writers do
          PendingHours.enteringWhere(
              s.getConnection(), "id BETWEEN ? AND ?", base, base + count - 1);
          return null;
        });
  }

  private static List<Map<String, Object>> hours(Map<String, Object> forecast) {
    return (List<Map<String, Object>>) forecast.get("hours");
  }

  private static Map<String, Object> hourAt(Map<String, Object> forecast, Instant start) {
    return hours(forecast).stream()
        .filter(h -> Instant.parse((String) h.get("start")).equals(start))
        .findFirst()
        .orElseThrow();
  }
}
