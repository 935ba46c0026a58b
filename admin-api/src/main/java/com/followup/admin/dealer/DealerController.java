package com.followup.admin.dealer;

import com.followup.admin.security.Caller;
import com.followup.admin.security.DealerScoped;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;

@Controller("/api/dealers")
@ExecuteOn(TaskExecutors.BLOCKING)
class DealerController {

  private final DealerDirectory dealers;

  DealerController(DealerDirectory dealers) {
    this.dealers = dealers;
  }

  @Post
  @Secured({"ADMIN", "MANAGER"})
  HttpResponse<DealerView> register(@Body NewDealer body) {
    Dealer dealer = dealers.register(body.code(), body.name(), body.country(), body.timezone());
    return HttpResponse.created(DealerView.of(dealer), URI.create("/api/dealers/" + dealer.code()));
  }

  /** A new name, country or zone; records already stored keep theirs. */
  @Put("/{code}")
  @Secured({"ADMIN", "MANAGER"})
  DealerView update(String code, @Body DealerChange body) {
    return DealerView.of(dealers.update(code, body.name(), body.country(), body.timezone()));
  }

  /** Every dealer; a DEALER user sees only its own. */
  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  List<DealerView> list(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return dealers.all().stream()
        .filter(d -> caller.mayAccess(d.code()))
        .map(DealerView::of)
        .toList();
  }

  @Get("/{code}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @DealerScoped
  HttpResponse<DealerView> get(String code) {
    return dealers
        .find(code)
        .map(DealerView::of)
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  @Serdeable
  record DealerChange(@Nullable String name, @Nullable String country, @Nullable String timezone) {}

  @Serdeable
  record NewDealer(String code, String name, String country, String timezone) {}

  @Serdeable
  record DealerView(String code, String name, String country, String timezone) {
    static DealerView of(Dealer dealer) {
      return new DealerView(dealer.code(), dealer.name(), dealer.country(), dealer.timezone());
    }
  }
}
