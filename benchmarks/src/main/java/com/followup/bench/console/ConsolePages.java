package com.followup.bench.console;

import com.followup.bench.console.ConsoleClient.Timed;
import com.followup.bench.console.ConsolePageTimer.PageTimes;

/**
 * The two pages timed: the dealer's progress page and the agent's call page, each the console page
 * when the app serves it (200, HTML, a Server-Timing header, and for the call page the held call's
 * customer on it), else the JSON API the page is built on as a stand-in, said so in the results.
 */
final class ConsolePages {

  /** What was measured ({@code what}: the path or paths), and whether it stood in for the page. */
  record Measured(String what, boolean standIn, PageTimes times, String note) {}

  private final ConsoleClient dealer;
  private final ConsoleClient agent;
  private final String dealerCode;

  ConsolePages(ConsoleClient dealer, ConsoleClient agent, String dealerCode) {
    this.dealer = dealer;
    this.agent = agent;
    this.dealerCode = dealerCode;
  }

  Measured progress(String page) throws Exception {
    Timed probe = dealer.page(page);
    if (isPage(probe)) {
      return new Measured(
          "GET " + page, false, ConsolePageTimer.page(() -> ok(dealer.page(page))), null);
    }
    String api = "/api/dealers/" + dealerCode + "/progress";
    System.out.printf(
        "progress page %s answered %d (no console page yet): timing %s instead%n",
        page, probe.status(), api);
    return new Measured(
        "GET " + api,
        true,
        ConsolePageTimer.page(() -> ok(dealer.api(api))),
        "stand-in: the dealer's progress page ("
            + page
            + ") answered "
            + probe.status()
            + "; the JSON API behind it has no Server-Timing, so its times are the client's");
  }

  Measured call(String page) throws Exception {
    Timed call = ok(agent.api("/api/agent/call"));
    String customer = field(call.body(), "name");
    Timed probe = agent.page(page);
    if (isPage(probe) && probe.body().contains(customer)) {
      return new Measured(
          "GET " + page,
          false,
          ConsolePageTimer.page(() -> showing(agent.page(page), customer)),
          null);
    }
    System.out.printf(
        "call page %s answered %d without the call: timing the call and history APIs instead%n",
        page, probe.status());
    return new Measured(
        "GET /api/agent/call + GET /api/agent/call/history",
        true,
        ConsolePageTimer.page(
            () -> {
              Timed first = ok(agent.api("/api/agent/call"));
              Timed second = ok(agent.api("/api/agent/call/history"));
              return new Timed(
                  200,
                  null,
                  first.clientMs() + second.clientMs(),
                  first.bytes() + second.bytes(),
                  "");
            }),
        "stand-in: the agent's call page ("
            + page
            + ") answered "
            + probe.status()
            + (probe.status() == 200 ? " without the held call's customer" : "")
            + "; the JSON APIs have no Server-Timing, so the time is the client's for both calls");
  }

  private static boolean isPage(Timed probe) {
    return probe.status() == 200 && probe.serverMs() != null && probe.body().contains("<html");
  }

  private static Timed showing(Timed page, String customer) {
    ok(page);
    if (!page.body().contains(customer)) {
      throw new IllegalStateException("the call page no longer shows " + customer);
    }
    return page;
  }

  private static Timed ok(Timed response) {
    if (response.status() != 200) {
      throw new IllegalStateException("answered " + response.status() + ": " + response.body());
    }
    return response;
  }

  /** The first string value of a JSON field (the customer's name in the call). */
  private static String field(String json, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
