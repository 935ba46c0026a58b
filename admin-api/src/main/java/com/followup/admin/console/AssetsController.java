package com.followup.admin.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;

/** Browsers ask for /favicon.ico on their own: point them at the console's icon. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class AssetsController {

  @Get("/favicon.ico")
  HttpResponse<?> favicon() {
    return HttpResponse.permanentRedirect(URI.create("/assets/favicon.svg"));
  }
}
