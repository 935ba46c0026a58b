package com.followup.bench.faults;

import com.followup.bench.BenchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fault suite's own MariaDB server: a fresh data directory (mariadb-install-db), a mariadbd on
 * its own port and socket, without grant tables (any user name is let in), so the suite can stop
 * and restart it without touching any other server on the machine.
 */
final class PrivateMariaDb implements AutoCloseable {

  private final Path dir;
  private final int port;
  private Process server;

  private PrivateMariaDb(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Installs a fresh data directory under {@code dir} and starts the server on {@code port}. */
  static PrivateMariaDb start(Path dir, int port) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    Files.createDirectories(dir);
    List<String> install =
        new ArrayList<>(
            List.of(
                binary("mariadb-install-db", "mysql_install_db"),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
    if (root()) {
      install.add("--user=root");
    }
    Process installing =
        new ProcessBuilder(install)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("install.log").toFile())
            .start();
    if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
      throw new IllegalStateException(
          "mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
    }
    PrivateMariaDb db = new PrivateMariaDb(dir, port);
    db.startServer();
    return db;
  }

  /** Starts mariadbd on the existing data directory and waits until it answers. */
  void startServer() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                binary("mariadbd", "mysqld"),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"),
                "--skip-grant-tables",
                "--innodb-buffer-pool-size=256M",
                "--innodb-flush-log-at-trx-commit=2",
                "--max-connections=300",
                "--log-error=" + dir.resolve("error.log")));
    if (root()) {
      command.add("--user=root");
    }
    server = new ProcessBuilder(command).redirectErrorStream(true).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = connect("")) {
        return;
      } catch (SQLException notYet) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "mariadbd did not start: " + Files.readString(dir.resolve("error.log")));
        }
        Thread.sleep(100);
      }
    }
  }

  /** Stops mariadbd as an operator would (SIGTERM: a clean shutdown) and waits for it to exit. */
  void stopServer() throws Exception {
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor();
    }
  }

  /** Drops and recreates a schema; returns the JDBC URL the app is given. */
  String fresh(String schema) throws SQLException {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + schema);
      s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return url(schema);
  }

  String url(String schema) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + BenchDatabase.OPTIONS;
  }

  Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(url(schema), "root", "");
  }

  int port() {
    return port;
  }

  @Override
  public void close() throws Exception {
    if (server != null && server.isAlive()) {
      stopServer();
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The first of the names found on the PATH or in /usr/sbin, /usr/bin, /usr/local/bin. */
  private static String binary(String... names) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!entry.isBlank()) {
        dirs.add(Path.of(entry));
      }
    }
    dirs.addAll(List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/bin")));
    for (String name : names) {
      for (Path d : dirs) {
        Path candidate = d.resolve(name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    throw new IOException(
        "none of "
            + List.of(names)
            + " found: install the MariaDB server (scripts/ensure-mariadb.sh)");
  }
}
