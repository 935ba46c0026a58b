package com.followup.admin.console.admin;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.ZoneChoices;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerAlreadyExists;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Dealers for administrators: register one, change its name, country and zone. */
@Controller("/admin/dealers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AdminDealerPages {

  private final ConsolePages pages;
  private final DealerDirectory dealers;

  AdminDealerPages(ConsolePages pages, DealerDirectory dealers) {
    this.pages = pages;
    this.dealers = dealers;
  }

  @Get(uri = "/new", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> newDealer(HttpRequest<?> request) {
    return render(request, HttpStatus.OK, "admin/dealer", DealerForm.empty(), null, null);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> posted) {
    DealerForm form = DealerForm.posted(posted, null).check();
    if (form.errors().isEmpty()) {
      try {
        Dealer dealer = dealers.register(form.code(), form.name(), form.country(), form.zone());
        return ConsoleRedirects.to(request, "/admin/dealers/" + dealer.code() + "?done=created");
      } catch (DealerAlreadyExists taken) {
        form.errors().add("code", "admin.error.dealerTaken", form.code());
      } catch (IllegalArgumentException refused) {
        form.errors().add("form", "admin.error.other", refused.getMessage());
      }
    }
    return render(request, HttpStatus.UNPROCESSABLE_ENTITY, view(request), form, null, null);
  }

  @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> dealer(
      HttpRequest<?> request, String code, @Nullable @QueryValue String done) {
    Dealer dealer = dealers.find(code).orElse(null);
    if (dealer == null) {
      return notFound(request);
    }
    return render(request, HttpStatus.OK, "admin/dealer", DealerForm.of(dealer), dealer, done);
  }

  @Post(
      uri = "/{code}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> update(
      HttpRequest<?> request, String code, @Body Map<String, String> posted) {
    Dealer dealer = dealers.find(code).orElse(null);
    if (dealer == null) {
      return notFound(request);
    }
    DealerForm form = DealerForm.posted(posted, dealer.code()).check();
    if (form.errors().isEmpty()) {
      try {
        dealers.update(dealer.code(), form.name(), form.country(), form.zone());
        return ConsoleRedirects.to(request, "/admin/dealers/" + dealer.code() + "?done=saved");
      } catch (IllegalArgumentException refused) {
        form.errors().add("form", "admin.error.other", refused.getMessage());
      }
    }
    return render(request, HttpStatus.UNPROCESSABLE_ENTITY, view(request), form, dealer, null);
  }

  private MutableHttpResponse<?> render(
      HttpRequest<?> request,
      HttpStatus status,
      String view,
      DealerForm form,
      @Nullable Dealer dealer,
      @Nullable String done) {
    Locale locale = pages.viewer(request).map(v -> v.locale()).orElse(Locale.ENGLISH);
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("dealer", dealer);
    model.put("countries", Country.all(locale));
    model.put("zones", ZoneChoices.all());
    model.put("done", done);
    return pages.render(request, status, view, model);
  }

  private static String view(HttpRequest<?> request) {
    return ConsoleRedirects.isHtmx(request) ? "admin/dealer :: form" : "admin/dealer";
  }

  private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "message", "error.404"));
  }
}
