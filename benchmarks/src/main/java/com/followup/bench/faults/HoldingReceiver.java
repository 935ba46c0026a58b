package com.followup.bench.faults;

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
 * A department's system on loopback that checks each delivery's signature. While {@code holding} it
 * keeps every request open without answering (the deliveries are in flight in the sender) and
 * finally refuses it with 503; otherwise it accepts with 204 and records the delivery id.
 */
final class HoldingReceiver implements AutoCloseable {

  private static final Pattern TICKET = Pattern.compile("\"ticketId\"\\s*:\\s*(\\d+)");

  final Map<String, AtomicLong> acceptedById = new ConcurrentHashMap<>();
  final Map<Long, Set<String>> acceptedByTicket = new ConcurrentHashMap<>();
  final Set<String> held = ConcurrentHashMap.newKeySet();
  final AtomicLong badSignatures = new AtomicLong();
  final AtomicLong posts = new AtomicLong();
  volatile long lastAcceptedNanos;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String secret;
  private volatile boolean holding = true;

  HoldingReceiver(String secret) throws IOException {
    this.secret = secret;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void release() {
    holding = false;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      posts.incrementAndGet();
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER);
      Matcher ticket = TICKET.matcher(body);
      if (id == null
          || !ticket.find()
          || !WebhookSignature.verify(
              secret,
              exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
              body,
              Instant.now(),
              Duration.ofMinutes(5))) {
        badSignatures.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      if (holding) {
        held.add(id);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (holding && System.nanoTime() < until) {
          Thread.sleep(50);
        }
        // a held try is never accepted: its sender is gone, or it is told to try again
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      acceptedById.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
      acceptedByTicket
          .computeIfAbsent(Long.parseLong(ticket.group(1)), k -> ConcurrentHashMap.newKeySet())
          .add(id);
      lastAcceptedNanos = System.nanoTime();
      exchange.sendResponseHeaders(204, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
