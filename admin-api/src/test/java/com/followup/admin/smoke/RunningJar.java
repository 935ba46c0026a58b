package com.followup.admin.smoke;

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

/** The packaged admin-api.jar started as a real process, as an operator would start it. */
final class RunningJar implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final Process process;
  final Path output;
  final int port;

  private RunningJar(Process process, Path output, int port) {
    this.process = process;
    this.output = output;
    this.port = port;
  }

  static RunningJar start(Path workDir, Map<String, String> env) throws IOException {
    return start(workDir, env, List.of());
  }

  /** With JVM options before {@code -jar} (e.g. for a quicker start on a busy machine). */
  static RunningJar start(Path workDir, Map<String, String> env, List<String> jvmOptions)
      throws IOException {
    int port = freePort();
    Path output = Files.createTempFile(workDir, "app-", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("followup.app.jar"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            name ->
                name.startsWith("DATASOURCES_")
                    || name.startsWith("FOLLOWUP_")
                    || name.startsWith("MICRONAUT_"));
    builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    builder.environment().putAll(env);
    return new RunningJar(builder.start(), output, port);
  }

  /** Waits until /health answers UP; returns how long that took. */
  Duration awaitUp(Duration timeout) throws Exception {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited: " + log());
      }
      try {
        HttpResponse<String> health = get("/health", null);
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return Duration.ofNanos(System.nanoTime() - started);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("not UP within " + timeout + ": " + log());
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json, String token) throws Exception {
    return send("POST", path, json, token);
  }

  HttpResponse<String> put(String path, String json, String token) throws Exception {
    return send("PUT", path, json, token);
  }

  private HttpResponse<String> send(String method, String path, String json, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String login(String username, String password) throws Exception {
    HttpResponse<String> response =
        post(
            "/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
            null);
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    if (!token.find()) {
      throw new IllegalStateException(
          "login failed: " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }

  String log() throws IOException {
    return Files.readString(output);
  }

  /** Stops the app as an operator would (SIGTERM) and waits for it to exit. */
  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
