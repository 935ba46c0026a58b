package com.followup.admin.demo;

import com.followup.admin.user.BuiltInAdmin;
import com.followup.admin.user.UserRegistration;
import com.followup.admin.user.UsernameTaken;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.ingest.RecordUpload;
import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.ingest.UploadLog;
import com.followup.campaign.ingest.UploadSummary;
import com.followup.campaign.timeline.DefaultCampaigns;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo centre ({@code followup.demo=true}, {@code FOLLOWUP_DEMO=true}, {@code scripts/run.sh
 * --demo}): on a fresh database, two dealers, one user per role, a month of records uploaded
 * through the same use case as {@code POST /api/dealers/{code}/records}, and campaigns that dial at
 * any hour. Runs before every other start-up listener, so the server answers once it is ready.
 */
@Singleton
@Requires(property = DemoCentre.PROPERTY, value = "true")
class DemoCentre implements ApplicationEventListener<StartupEvent>, Ordered {

  static final String PROPERTY = "followup.demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoCentre.class);

  private final DemoGuard guard;
  private final DefaultCampaigns defaults;
  private final DemoCampaigns campaigns;
  private final BuiltInAdmin admin;
  private final UserRegistration users;
  private final DealerDirectory dealers;
  private final RecordUpload upload;
  private final UploadLog uploads;
  private final DemoBanner banner;
  private final Clock clock;

  DemoCentre(
      DemoGuard guard,
      DefaultCampaigns defaults,
      DemoCampaigns campaigns,
      BuiltInAdmin admin,
      UserRegistration users,
      DealerDirectory dealers,
      RecordUpload upload,
      UploadLog uploads,
      DemoBanner banner,
      Clock clock) {
    this.guard = guard;
    this.defaults = defaults;
    this.campaigns = campaigns;
    this.admin = admin;
    this.users = users;
    this.dealers = dealers;
    this.upload = upload;
    this.uploads = uploads;
    this.banner = banner;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    long started = System.nanoTime();
    DemoGuard.Found found = guard.inspect();
    // each step does only what is missing, so an interrupted first start completes on the next
    defaults.storeMissing();
    Optional<String> adminPassword = admin.ensureCreated();
    var versions = campaigns.dialAnyHour();
    DemoDealer.ALL.stream()
        .filter(d -> dealers.find(d.code()).isEmpty())
        .forEach(d -> dealers.register(d.code(), d.name(), d.country(), d.timezone()));
    List<DemoBanner.Login> logins = new ArrayList<>();
    adminPassword.ifPresent(p -> logins.add(new DemoBanner.Login(BuiltInAdmin.USERNAME, p, null)));
    for (DemoStaff.Member member : DemoStaff.all()) {
      createdLogin(member).ifPresent(logins::add);
    }
    List<UploadSummary> loaded = new ArrayList<>();
    for (DemoDealer dealer : DemoDealer.ALL) {
      if (uploads.recent(dealer.code(), 1).isEmpty()) {
        loaded.add(uploadRecords(dealer));
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        "Demo centre {} in {} ms",
        found == DemoGuard.Found.DEMO ? "checked" : "seeded",
        took.toMillis());
    System.out.println(banner.text(found, logins, loaded, versions, took));
  }

  private Optional<DemoBanner.Login> createdLogin(DemoStaff.Member member) {
    String password = DemoStaff.newPassword();
    try {
      users.create(member.username(), password, List.of(member.role()), member.dealer());
      return Optional.of(new DemoBanner.Login(member.username(), password, member));
    } catch (UsernameTaken created) {
      return Optional.empty(); // on an earlier start, which printed its password
    }
  }

  private UploadSummary uploadRecords(DemoDealer dealer) {
    byte[] csv = DemoRecords.csv(dealer, clock.instant()).getBytes(StandardCharsets.UTF_8);
    UploadSummary summary =
        upload.upload(
            dealer.code(),
            UploadFormat.CSV,
            new ByteArrayInputStream(csv),
            StandardCharsets.UTF_8,
            dealer.user());
    if (summary.rejected() > 0) {
      LOG.warn(
          "Demo upload for {} rejected {} rows: {}",
          dealer.code(),
          summary.rejected(),
          summary.errors());
    }
    return summary;
  }
}
