package com.followup.bench.departments;

import com.followup.sla.transfer.WebhookSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department's system on loopback (JDK HttpServer): checks each POST's HMAC signature with the
 * department's secret, answers 2xx (or 503 to every third new delivery id while {@code failing}),
 * and records each delivery id with the time it was accepted.
 */
final class WebhookReceiver implements AutoCloseable {

  private static final Pattern TICKET = Pattern.compile("\"ticketId\"\\s*:\\s*(\\d+)");

  /** One delivery id as the receiver saw it. */
  static final class Seen {
    final long ticketId;
    final AtomicLong tries = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    volatile long firstAcceptedMillis = -1;

    Seen(long ticketId) {
      this.ticketId = ticketId;
    }
  }

  final Map<String, Seen> deliveries = new ConcurrentHashMap<>();
  final Map<Long, Set<String>> acceptedByTicket = new ConcurrentHashMap<>();
  final AtomicLong badSignatures = new AtomicLong();
  final AtomicLong failedOnPurpose = new AtomicLong();
  final AtomicLong posts = new AtomicLong();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final String secret;
  private final AtomicLong newIds = new AtomicLong();
  private volatile boolean failing;

  WebhookReceiver(int port, String secret) throws IOException {
    this.secret = secret;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** From now on every third delivery id seen for the first time gets a 503 on that try. */
  void failAThirdOfFirstTries(boolean failing) {
    this.failing = failing;
  }

  void clear() {
    deliveries.clear();
    acceptedByTicket.clear();
    badSignatures.set(0);
    failedOnPurpose.set(0);
    posts.set(0);
    newIds.set(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      long now = System.currentTimeMillis();
      posts.incrementAndGet();
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER);
      String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
      Matcher ticket = TICKET.matcher(body);
      if (id == null
          || !ticket.find()
          || !WebhookSignature.verify(
              secret, signature, body, Instant.ofEpochMilli(now), Duration.ofMinutes(5))) {
        badSignatures.incrementAndGet();
        answer(exchange, 401);
        return;
      }
      long ticketId = Long.parseLong(ticket.group(1));
      boolean[] fresh = {false};
      Seen seen =
          deliveries.computeIfAbsent(
              id,
              k -> {
                fresh[0] = true;
                return new Seen(ticketId);
              });
      seen.tries.incrementAndGet();
      if (failing && fresh[0] && newIds.incrementAndGet() % 3 == 0) {
        failedOnPurpose.incrementAndGet();
        answer(exchange, 503);
        return;
      }
      synchronized (seen) {
        if (seen.accepted.incrementAndGet() == 1) {
          seen.firstAcceptedMillis = now;
        }
      }
      acceptedByTicket.computeIfAbsent(ticketId, k -> ConcurrentHashMap.newKeySet()).add(id);
      answer(exchange, 204);
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
