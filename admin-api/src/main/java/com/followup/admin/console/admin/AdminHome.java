package com.followup.admin.console.admin;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.user.UserProfile;
import com.followup.admin.user.UserProfiles;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The administrator's home: who may sign in (with which roles and dealer), and the dealers. */
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AdminHome {

  private final ConsolePages pages;
  private final UserProfiles users;
  private final DealerDirectory dealers;

  AdminHome(ConsolePages pages, UserProfiles users, DealerDirectory dealers) {
    this.pages = pages;
    this.users = users;
    this.dealers = dealers;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> home(HttpRequest<?> request) {
    List<UserProfile> everyone = users.all();
    List<Dealer> all = dealers.all();
    Map<String, Dealer> byCode =
        all.stream().collect(Collectors.toMap(Dealer::code, Function.identity()));
    return pages.render(
        request,
        "admin/home",
        Map.of(
            "users", everyone,
            "enabledUsers", everyone.stream().filter(UserProfile::enabled).count(),
            "dealers", all,
            "dealerByCode", byCode));
  }
}
