package com.followup.admin.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Calls the running server as a given user and returns statuses instead of throwing. */
public final class Api {

  private static final DateTimeFormatter LOCAL_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public static final String ADMIN_PASSWORD = "admin-test-password";

  private final BlockingHttpClient http;

  public Api(BlockingHttpClient http) {
    this.http = http;
  }

  public String login(String username, String password) {
    HttpResponse<Map> response =
        http.exchange(
            HttpRequest.POST("/login", Map.of("username", username, "password", password)),
            Map.class);
    return (String) response.body().get("access_token");
  }

  public String adminToken() {
    return login("admin", ADMIN_PASSWORD);
  }

  /** The password of every user the tests create. */
  public static final String USER_PASSWORD = "password-123";

  /**
   * Creates a dealer and a user with the given role (and dealer, for DEALER); returns its token.
   */
  public String userWithRole(String role, String dealerCode) {
    return login(newUser(dealerCode, role), USER_PASSWORD);
  }

  /** Creates a user with the given roles (and dealer, for DEALER); returns its name. */
  public String newUser(String dealerCode, String... roles) {
    String name = roles[0].toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("username", name);
    body.put("password", USER_PASSWORD);
    body.put("roles", List.of(roles));
    if (dealerCode != null) {
      body.put("dealerCode", dealerCode);
    }
    HttpResponse<?> created = send(HttpRequest.POST("/api/users", body), adminToken());
    if (created.status() != HttpStatus.CREATED) {
      throw new IllegalStateException("could not create user: " + created.status());
    }
    return name;
  }

  public String newDealer(String country, String timezone) {
    String code = "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    HttpResponse<?> response =
        send(
            HttpRequest.POST(
                "/api/dealers",
                Map.of(
                    "code",
                    code,
                    "name",
                    "Dealer " + code,
                    "country",
                    country,
                    "timezone",
                    timezone)),
            adminToken());
    if (response.status() != HttpStatus.CREATED) {
      throw new IllegalStateException("could not create dealer: " + response.status());
    }
    return code;
  }

  /**
   * Uploads one purchase made {@code ago} (written in the local time of a dealer in Asia/Shanghai)
   * by {@code customer}, on a fresh mobile number, in {@code customerZone}; fails unless accepted.
   */
  public void uploadPurchase(
      String dealer, String recordId, String customer, Duration ago, ZoneId customerZone) {
    uploadPurchase(dealer, recordId, customer, ago, customerZone, freshMobile());
  }

  /** A mobile number no other test uses (as the dealer writes it, without country code). */
  public static String freshMobile() {
    return "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  /** {@link #uploadPurchase(String, String, String, Duration, ZoneId)} on a given number. */
  public void uploadPurchase(
      String dealer,
      String recordId,
      String customer,
      Duration ago,
      ZoneId customerZone,
      String phone) {
    String when =
        LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneId.of("Asia/Shanghai"))
            .format(LOCAL_MINUTES);
    String csv =
        "record_type,record_id,event_time,customer_name,phone,timezone\n"
            + String.join(",", "PURCHASE", recordId, when, customer, phone, customerZone.getId())
            + "\n";
    HttpResponse<String> response =
        send(
            HttpRequest.POST("/api/dealers/" + dealer + "/records", csv)
                .contentType(MediaType.of("text/csv")),
            adminToken());
    if (!body(response).contains("\"accepted\":1")) {
      throw new IllegalStateException("upload not accepted: " + body(response));
    }
  }

  public HttpResponse<String> send(MutableHttpRequest<?> request, String token) {
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      return http.exchange(request, Argument.of(String.class), Argument.of(String.class));
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
      return failed;
    }
  }

  public static String body(HttpResponse<String> response) {
    return response.getBody(String.class).orElse("");
  }
}
