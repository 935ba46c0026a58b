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
    out.append(
        "  DEMO CENTRE (followup.demo=true)   ready in %.1f s%n"
            .formatted(took.toMillis() / 1000.0));
    out.append("  Dealers: ")
        .append(
            DemoDealer.ALL.stream()
                .map(d -> d.code() + " " + d.name())
                .collect(Collectors.joining(", ")))
        .append('\n');
    if (!loaded.isEmpty()) {
      int accepted = loaded.stream().mapToInt(UploadSummary::accepted).sum();
      int rejected = loaded.stream().mapToInt(UploadSummary::rejected).sum();
      out.append(
          "  Records: %,d purchases and repairs of the last %d days uploaded (%,d rejected)%n"
              .formatted(accepted, DemoRecords.DAYS, rejected));
    }
    out.append(
        "  Calling hours: %s–%s in the customer's zone, no holidays (%s), so it dials at any%n"
            .formatted(DemoCampaigns.FROM, DemoCampaigns.UNTIL, versions(campaigns)));
    out.append(
        "    hour; progressive dialing, %d s wrap-up. Telephony: the simulator, %.0f %% answered%n"
            .formatted(DemoCampaigns.WRAP_UP_SECONDS, simulator.humanAnswerRate() * 100));
    out.append(
        "    by a person after %d–%d s of ringing.%n"
            .formatted(simulator.ringSecondsMin(), simulator.ringSecondsMax()));
    if (found == DemoGuard.Found.DEMO && logins.isEmpty()) {
      out.append(
              "  This database is the demo's own, seeded on its first start: the users' passwords\n")
          .append(
              "    were printed then and are not shown again (seed afresh with an empty ./data).\n");
      return out.append(RULE).toString();
    }
    out.append("  Users (passwords shown this once, stored only as hashes):\n");
    if (logins.stream().noneMatch(l -> l.member() == null)) {
      out.append("    %-10s %-16s %-8s%n".formatted(BuiltInAdmin.USERNAME, "(see below)", "ADMIN"));
    }
    for (Login login : logins) {
      DemoStaff.Member member = login.member();
      out.append(
          "    %-10s %-16s %-8s %s%n"
              .formatted(
                  login.username(),
                  login.password(),
                  member == null ? "ADMIN" : member.role(),
                  member == null ? "built-in" : member.label()));
    }
    if (logins.stream().noneMatch(l -> l.member() == null)) {
      out.append(
          "    admin's password: FOLLOWUP_ADMIN_PASSWORD, or the one printed when it was made.\n");
    }
    logins.stream()
        .filter(l -> l.member() != null && l.member().role().equals("AGENT"))
        .findFirst()
        .ifPresent(agent -> howToTakeACall(out, agent));
    return out.append(RULE).toString();
  }

  private void howToTakeACall(StringBuilder out, Login agent) {
    String base =
        "localhost:" + environment.get("micronaut.server.port", Integer.class).orElse(8080);
    out.append("  An agent who goes READY gets a call within seconds:\n")
        .append(
            "    T=$(curl -s -XPOST %s/login -H 'content-type: application/json' \\%n"
                .formatted(base))
        .append(
            "      -d '{\"username\":\"%s\",\"password\":\"%s\"}' | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')%n"
                .formatted(agent.username(), agent.password()))
        .append(
            "    curl -s -XPUT %s/api/agent/state -H \"Authorization: Bearer $T\" \\%n"
                .formatted(base))
        .append("      -H 'content-type: application/json' -d '{\"state\":\"READY\"}'\n")
        .append("    curl -s %s/api/agent/call -H \"Authorization: Bearer $T\"%n".formatted(base));
  }

  private static String versions(List<CampaignTimeline> campaigns) {
    return campaigns.stream()
        .map(c -> c.code() + " v" + c.version())
        .collect(Collectors.joining(", "));
  }
}
