package com.followup.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real admin-api.jar, started on a benchmark database, driven over HTTP. */
public final class AppProcess implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "bench-admin-password";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** How long a start may take (a busy machine starting two instances needs more than a minute). */
  private static final int START_SECONDS = Integer.getInteger("bench.app.startSeconds", 180);

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar against {@code jdbcUrl} with the given JVM options and extra environment. */
  public static AppProcess start(String jdbcUrl, List<String> jvmOptions, Map<String, String> env)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return start(port, jdbcUrl, jvmOptions, env);
  }

  /** The same on a given port. */
  public static AppProcess start(
      int port, String jdbcUrl, List<String> jvmOptions, Map<String, String> env) throws Exception {
    Path log = Files.createTempFile("bench-app-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    String extra = System.getenv("BENCH_APP_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", "admin-api/target/admin-api.jar"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    builder.environment().put("DATASOURCES_DEFAULT_URL", jdbcUrl);
    builder.environment().put("DATASOURCES_DEFAULT_USERNAME", BenchDatabase.USER);
    builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", BenchDatabase.PASSWORD);
    builder.environment().put("FOLLOWUP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().putAll(env);
    AppProcess app = new AppProcess(builder.start(), port, log);
    app.awaitUp();
    return app;
  }

  private void awaitUp() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("app exited: " + Files.readString(log));
      }
      try {
        if (get("/health", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "app not UP in " + START_SECONDS + " s: " + Files.readString(log));
  }

  /** The app's output. */
  public Path log() {
    return log;
  }

  /** Kills the app with SIGKILL (no shutdown hooks run) and returns its exit code. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the app did not die of SIGKILL in 30 s");
    }
    return process.exitValue();
  }

  /** The port the app listens on. */
  public int port() {
    return port;
  }

  /** The Quartz scheduler instance id the app logged at start, or null before it started. */
  public String schedulerInstanceId() throws IOException {
    Matcher started =
        Pattern.compile("Scheduler \\S+ started as (\\S+)").matcher(Files.readString(log));
    return started.find() ? started.group(1) : null;
  }

  /** Whether the app is still running (another process may have stopped it). */
  public boolean alive() {
    return process.isAlive();
  }

  public String adminToken() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build());
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    if (!token.find()) {
      throw new IllegalStateException("login failed: " + response.body());
    }
    return token.group(1);
  }

  public HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  public HttpResponse<String> post(
      String path, String token, String contentType, HttpRequest.BodyPublisher body)
      throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofMinutes(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .POST(body)
            .build());
  }

  /** A JSON PUT. */
  public HttpResponse<String> put(String path, String token, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** The heap in use now, from the app's own Prometheus metrics, in MB. */
  public double heapUsedMb() throws Exception {
    double bytes = 0;
    for (String line : get("/prometheus", null).body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return bytes / (1024 * 1024);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
