package com.followup.bench.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's call API as the app's twilio-java client sees it, on loopback, misbehaving on the first
 * try of each call: by attempt id it answers 429 (no call made), makes the call and answers 500,
 * makes the call and answers only after the client's timeout, or makes the call and closes the
 * connection without an answer. Later tries make the call and answer 201. It lists the calls it
 * made ({@code GET Calls.json?To=…}), as Twilio does, so an ambiguous try can be looked up.
 */
final class TwilioStandIn implements AutoCloseable {

  /** A call Twilio made: it would ring the customer. */
  record Made(String sid, long attempt, String to, String from, String statusCallback, String at) {}

  static final String[] FIRST_TRY = {"429", "500", "slow", "no answer"};

  final Map<Long, AtomicInteger> posts = new ConcurrentHashMap<>();
  final Map<Long, List<Made>> madeByAttempt = new ConcurrentHashMap<>();
  final List<Made> made = new CopyOnWriteArrayList<>();
  final AtomicInteger lookUps = new AtomicInteger();
  final Map<Long, String> firstTry = new ConcurrentHashMap<>();

  private static final Pattern ATTEMPT = Pattern.compile("[?&]attempt=(\\d+)");
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", java.util.Locale.ENGLISH);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final long slowMillis;

  TwilioStandIn(long slowMillis) throws IOException {
    this.slowMillis = slowMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (!path.endsWith("/Calls.json")) {
        answer(exchange, 404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");
        return;
      }
      if ("GET".equals(exchange.getRequestMethod())) {
        lookUp(exchange);
        return;
      }
      Map<String, String> form =
          form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Matcher id = ATTEMPT.matcher(form.getOrDefault("Url", ""));
      long attempt = id.find() ? Long.parseLong(id.group(1)) : -1;
      int tryNo = posts.computeIfAbsent(attempt, k -> new AtomicInteger()).incrementAndGet();
      String mode = tryNo == 1 ? FIRST_TRY[(int) Math.floorMod(attempt, 4L)] : "ok";
      if (tryNo == 1) {
        firstTry.put(attempt, mode);
      }
      if (mode.equals("429")) {
        answer(exchange, 429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}");
        return;
      }
      Made call = make(attempt, form);
      switch (mode) {
        case "500" ->
            answer(exchange, 500, "{\"code\":20500,\"message\":\"Internal\",\"status\":500}");
        case "slow" -> {
          Thread.sleep(slowMillis);
          answer(exchange, 201, json(call));
        }
        case "no answer" -> exchange.close();
        default -> answer(exchange, 201, json(call));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up first
    } finally {
      exchange.close();
    }
  }

  private Made make(long attempt, Map<String, String> form) {
    Made call =
        new Made(
            "CA" + UUID.randomUUID().toString().replace("-", ""),
            attempt,
            form.get("To"),
            form.get("From"),
            form.get("StatusCallback"),
            ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822));
    made.add(call);
    madeByAttempt.computeIfAbsent(attempt, k -> new CopyOnWriteArrayList<>()).add(call);
    return call;
  }

  private void lookUp(HttpExchange exchange) throws IOException {
    lookUps.incrementAndGet();
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    List<String> calls = new ArrayList<>();
    List<Made> all = new ArrayList<>(made);
    java.util.Collections.reverse(all); // newest first
    for (Made call : all) {
      // a "+" in the query may arrive as a space: compare the digits
      if (digits(call.to()).equals(digits(query.get("To")))) {
        calls.add(json(call));
      }
    }
    String uri = exchange.getRequestURI().toString();
    answer(
        exchange,
        200,
        "{\"calls\":["
            + String.join(",", calls)
            + "],\"first_page_uri\":\""
            + uri
            + "\",\"next_page_uri\":null,\"previous_page_uri\":null,\"page\":0,\"page_size\":20,"
            + "\"uri\":\""
            + uri
            + "\",\"start\":0,\"end\":"
            + calls.size()
            + "}");
  }

  private static String digits(String phone) {
    return phone == null ? "" : phone.replaceAll("\\D", "");
  }

  private static String json(Made call) {
    return "{\"sid\":\""
        + call.sid()
        + "\",\"status\":\"queued\",\"to\":\""
        + call.to()
        + "\",\"from\":\""
        + call.from()
        + "\",\"date_created\":\""
        + call.at()
        + "\"}";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.putIfAbsent(key, value);
    }
    return form;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
