package com.followup.admin.agent;

import com.followup.admin.console.ConsolePages;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/**
 * A test page that includes the softphone fragment the way the agent desk does (the model's {@code
 * softphone} is {@link Softphone#available()} unless {@code on} says otherwise), so the fragment
 * and its script can be tried apart from the desk.
 */
@Controller("/test/softphone")
@Requires(property = "followup.test.softphone-host", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SoftphoneHostPage {

  private final ConsolePages pages;
  private final Softphone softphone;

  SoftphoneHostPage(ConsolePages pages, Softphone softphone) {
    this.pages = pages;
    this.softphone = softphone;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> page(HttpRequest<?> request, @Nullable @QueryValue Boolean on) {
    return pages.render(
        request,
        "test/softphone-host",
        Map.of("softphone", on != null ? on : softphone.available()));
  }

  @Get(uri = "/fragment", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> fragment(HttpRequest<?> request, @Nullable @QueryValue Boolean on) {
    return pages.render(
        request,
        "agent/softphone :: softphone",
        Map.of("softphone", on != null ? on : softphone.available()));
  }
}
