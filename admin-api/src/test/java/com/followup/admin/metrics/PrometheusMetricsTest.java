package com.followup.admin.metrics;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /prometheus} scraped before and after a simulated call (every call answered). */
@MicronautTest(transactional = false, environments = "answered-calls")
class PrometheusMetricsTest {

  @Inject Floor floor;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  @Test
  void a_call_moves_the_dial_connect_and_lateness_counters_and_the_gauges_are_served()
      throws InterruptedException {
    String before = scrape();
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    floor.upload("PROM-1");

    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));
    String after = scrape();

    String purchase = "campaign=\"purchase\"";
    assertThat(value(after, "followup_dialer_dials_total", purchase))
        .isGreaterThan(value(before, "followup_dialer_dials_total", purchase));
    assertThat(value(after, "followup_dialer_connects_total", purchase))
        .isGreaterThan(value(before, "followup_dialer_connects_total", purchase));
    assertThat(value(after, "followup_dispatch_lateness_seconds_count", null))
        .isGreaterThan(value(before, "followup_dispatch_lateness_seconds_count", null));
    assertThat(after)
        .containsPattern("(?m)^followup_dispatch_lateness_seconds_bucket\\{")
        .containsPattern("(?m)^followup_dialer_abandonment_rate_30d\\{[^}]*purchase")
        .containsPattern("(?m)^followup_sla_breaches_open ");
    assertThat(value(after, "followup_dialer_agents", "state=\"ON_CALL\""))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void prometheus_is_served_without_signing_in() {
    assertThat(floor.api.send(HttpRequest.GET("/prometheus"), null).code()).isEqualTo(200);
  }

  private String scrape() {
    return Api.body(floor.api.send(HttpRequest.GET("/prometheus"), null));
  }

  /** The sample's value (of the series carrying {@code label}), 0 when it is not there yet. */
  private static double value(String scrape, String metric, String label) {
    String labels =
        label == null ? "(\\{[^}]*\\})?" : "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\}";
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(metric) + labels + " ([0-9.eE+-]+)$")
            .matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(m.groupCount())) : 0;
  }
}
