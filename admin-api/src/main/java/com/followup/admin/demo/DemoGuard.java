package com.followup.admin.demo;

import com.followup.admin.StartupRefused;
import com.followup.admin.user.BuiltInAdmin;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Keeps the demo off real data: it seeds only a database that holds nothing but the built-in admin,
 * or one it seeded itself on an earlier start, and dials only through the telephony simulator.
 */
@Singleton
class DemoGuard {

  /** What the database holds. */
  enum Found {
    /** Nothing but (perhaps) the built-in admin: the demo may seed it. */
    NOTHING,
    /** The demo's own data from an earlier start. */
    DEMO
  }

  private final DealerDirectory dealers;
  private final BuiltInAdmin admin;
  private final Environment environment;

  DemoGuard(DealerDirectory dealers, BuiltInAdmin admin, Environment environment) {
    this.dealers = dealers;
    this.admin = admin;
    this.environment = environment;
  }

  /**
   * @throws StartupRefused when the telephony is not the simulator, or the database holds data that
   *     is not the demo's
   */
  Found inspect() {
    String mode = environment.get("followup.telephony.mode", String.class).orElse("simulator");
    if (!mode.equalsIgnoreCase("simulator")) {
      throw new StartupRefused(
          "the demo (followup.demo / FOLLOWUP_DEMO) dials only through the telephony simulator,"
              + " but followup.telephony.mode is '"
              + mode
              + "'.");
    }
    List<Dealer> all = dealers.all();
    if (all.stream().anyMatch(d -> d.code().equals(DemoDealer.MARKER))) {
      return Found.DEMO;
    }
    long users = admin.countOthers();
    if (!all.isEmpty() || users > 0) {
      throw new StartupRefused(
          "the demo (followup.demo / FOLLOWUP_DEMO) seeds only an empty database, but "
              + environment
                  .get("datasources.default.url", String.class)
                  .map(url -> url.replaceFirst(";.*", "")) // H2's settings say nothing here
                  .orElse("the database")
              + " already holds "
              + all.size()
              + " dealer(s) and "
              + users
              + " user(s) besides admin. Start without --demo, or give the demo an empty database"
              + " (an empty ./data, or an empty schema as DATASOURCES_DEFAULT_URL).");
    }
    return Found.NOTHING;
  }
}
