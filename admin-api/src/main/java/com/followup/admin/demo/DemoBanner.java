package com.followup.admin.demo;

import com.followup.admin.user.BuiltInAdmin;
import com.followup.campaign.ingest.UploadSummary;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.dialer.telephony.simulator.SimulatorSettings;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The block the demo prints on the console (never to the log): what is there, how to sign in. */
@Singleton
class DemoBanner {

  /** A login created on this start; {@code member} is null for the built-in admin. */
  record Login(String username, String password, DemoStaff.Member member) {}

  private static final String RULE = "  " + "=".repeat(86) + "\n";

  private final SimulatorSettings simulator;
  private final Environment environment;

  DemoBanner(SimulatorSettings simulator, Environment environment) {
    this.simulator = simulator;
    this.environment = environment;
  }

  String text(
      DemoGuard.Found found,
      List<Login> logins,
      List<UploadSummary> loaded,
      List<CampaignTimeline> campaigns,
      Duration took) {
    StringBuilder out = new StringBuilder("\n").append(RULE);
    out.append(line("DEMO CENTRE (followup.demo=true), ready in %.1f s", took.toMillis() / 1000.0));
    out.append(line("Dealers:  %s", dealers()));
    if (!loaded.isEmpty()) {
      out.append(
          line(
              "Records:  %,d purchases and repairs of the last %d days uploaded, %,d rejected",
              loaded.stream().mapToInt(UploadSummary::accepted).sum(),
              DemoRecords.DAYS,
              loaded.stream().mapToInt(UploadSummary::rejected).sum()));
    }
    out.append(
        line(
            "Calling:  %s–%s in the customer's zone, no holidays (%s),",
            DemoCampaigns.FROM, DemoCampaigns.UNTIL, versions(campaigns)));
    out.append(
        line(
            "          so it dials at any hour; progressive dialing, %d s wrap-up",
            DemoCampaigns.WRAP_UP_SECONDS));
    out.append(
        line(
            "Phones:   the simulator; %.0f %% answered by a person after %d–%d s of ringing",
            simulator.humanAnswerRate() * 100,
            simulator.ringSecondsMin(),
            simulator.ringSecondsMax()));
    if (found == DemoGuard.Found.DEMO && logins.isEmpty()) {
      out.append(line("This database is the demo's own, seeded on its first start: the users'"))
          .append(line("passwords were printed then and are not shown again (an empty ./data"))
          .append(line("seeds afresh)."));
      return out.append(RULE).toString();
    }
    out.append(line("Users (passwords shown this once, stored only as hashes):"));
    if (logins.stream().noneMatch(l -> l.member() == null)) {
      out.append(
          line(
              "  %-9s %-20s %-8s %s",
              BuiltInAdmin.USERNAME,
              "(not shown)",
              "ADMIN",
              "FOLLOWUP_ADMIN_PASSWORD, or as printed when it was made"));
    }
    for (Login login : logins) {
      DemoStaff.Member member = login.member();
      out.append(
          line(
              "  %-9s %-20s %-8s %s",
              login.username(),
              login.password(),
              member == null ? "ADMIN" : member.role(),
              member == null ? "built-in" : member.label()));
    }
    logins.stream()
        .filter(l -> l.member() != null && l.member().role().equals("AGENT"))
        .findFirst()
        .ifPresent(agent -> howToTakeACall(out, agent));
    return out.append(RULE).toString();
  }

  private void howToTakeACall(StringBuilder out, Login agent) {
    int port = environment.get("micronaut.server.port", Integer.class).orElse(8080);
    String base = "localhost:" + (port > 0 ? String.valueOf(port) : "PORT");
    out.append(
            line(
                "Open http://%s/ in a browser and sign in as %s: press Ready, and a call",
                base, agent.username()))
        .append(line("appears within seconds. Or over the API:"))
        .append(line("  T=$(curl -s -XPOST %s/login -H 'content-type: application/json' \\", base))
        .append(
            line(
                "    -d '{\"username\":\"%s\",\"password\":\"%s\"}' | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')",
                agent.username(), agent.password()))
        .append(line("  curl -s -XPUT %s/api/agent/state -H \"Authorization: Bearer $T\" \\", base))
        .append(line("    -H 'content-type: application/json' -d '{\"state\":\"READY\"}'"))
        .append(line("  curl -s %s/api/agent/call -H \"Authorization: Bearer $T\"", base));
  }

  private static String line(String format, Object... values) {
    return "  " + format.formatted(values).stripTrailing() + "\n";
  }

  private static String dealers() {
    return DemoDealer.ALL.stream()
        .map(d -> d.code() + " " + d.name())
        .collect(Collectors.joining(", "));
  }

  private static String versions(List<CampaignTimeline> campaigns) {
    return campaigns.stream()
        .map(c -> c.code() + " v" + c.version())
        .collect(Collectors.joining(", "));
  }
}
