package com.followup.bench.console;

import java.time.Duration;

/**
 * Puts the agent on duty and waits until the dialer has connected a call to it: {@code PUT
 * /api/agent/state} READY, then {@code GET /api/agent/call} until it answers 200 with the call
 * connected (the simulator answers every call within 2 s; the person waits an hour).
 */
final class AgentCallHeld {

  private AgentCallHeld() {}

  /** Milliseconds until the call was connected. */
  static long await(ConsoleClient agent, Duration limit) throws Exception {
    var ready = agent.send("PUT", "/api/agent/state", "{\"state\":\"READY\"}");
    if (ready.statusCode() != 200) {
      throw new IllegalStateException("READY gave " + ready.statusCode() + ": " + ready.body());
    }
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      ConsoleClient.Timed call = agent.api("/api/agent/call");
      if (call.status() == 200 && call.body().contains("\"stage\":\"CONNECTED\"")) {
        return (System.nanoTime() - start) / 1_000_000;
      }
      last = call.status() + " " + call.body();
      Thread.sleep(250);
    }
    throw new IllegalStateException("no call connected to the agent within " + limit + ": " + last);
  }
}
