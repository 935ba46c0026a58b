package com.followup.bench.sla;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The packaged admin-api.jar, started as a separate JVM on a given database. */
final class RunningApp implements AutoCloseable {

  private final Process process;
  private final int port;

  private RunningApp(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static RunningApp start(Path jar, Map<String, String> env, Path log) throws Exception {
    if (!jar.toFile().isFile()) {
      throw new IllegalStateException("missing " + jar + ": run through scripts/bench.sh");
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-jar",
            jar.toString());
    builder.environment().putAll(env);
    builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    RunningApp app = new RunningApp(builder.start(), port);
    app.awaitHealthy(Duration.ofSeconds(90), log.toFile());
    return app;
  }

  private void awaitHealthy(Duration timeout, File log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited; see " + log);
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the app did not become healthy; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
