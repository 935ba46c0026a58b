package com.followup.bench.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between the app and MariaDB that counts the commands the app sends (MySQL protocol
 * packets with sequence id 0, unencrypted: the app connects with sslMode=DISABLED). Counts only the
 * app's traffic, whatever else the shared server is doing.
 */
public final class QueryCountingProxy implements AutoCloseable {

  private static final int COM_QUERY = 0x03;
  private static final int COM_PING = 0x0e;
  private static final int COM_STMT_EXECUTE = 0x17;

  public final AtomicLong queries = new AtomicLong();
  public final AtomicLong pings = new AtomicLong();
  final AtomicLong otherCommands = new AtomicLong();

  /** While set, the first words of every statement, counted: what an idle app keeps asking. */
  public final java.util.Map<String, java.util.concurrent.atomic.LongAdder> statements =
      new java.util.concurrent.ConcurrentHashMap<>();

  public volatile boolean recording;

  private final ServerSocket server;
  private final int targetPort;
  private volatile boolean closed;

  public QueryCountingProxy(int targetPort) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    Thread acceptor = new Thread(this::accept, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket db = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        client.setTcpNoDelay(true);
        db.setTcpNoDelay(true);
        daemon(() -> countCommands(client, db));
        daemon(() -> copy(db, client));
      } catch (IOException e) {
        if (!closed) {
          System.err.println("proxy: " + e.getMessage());
        }
      }
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "proxy-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  /** Forwards client packets whole, counting each command by its first payload byte. */
  private void countCommands(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] header = new byte[4];
      byte[] buffer = new byte[64 * 1024];
      while (in.readNBytes(header, 0, 4) == 4) {
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        int sequence = header[3] & 0xff;
        out.write(header);
        int left = length;
        boolean first = true;
        while (left > 0) {
          int n = in.read(buffer, 0, Math.min(buffer.length, left));
          if (n < 0) {
            return;
          }
          if (first && sequence == 0) {
            count(buffer[0] & 0xff);
            if (recording && (buffer[0] & 0xff) == COM_QUERY) {
              record(
                  new String(
                      buffer, 1, Math.min(n - 1, 48), java.nio.charset.StandardCharsets.UTF_8));
            }
          }
          first = false;
          out.write(buffer, 0, n);
          left -= n;
        }
        out.flush();
      }
    } catch (IOException e) {
      // connection closed by either side
    } finally {
      closeQuietly(to);
    }
  }

  private void record(String statement) {
    String head = statement.replaceAll("\\s+", " ").replaceAll("'[^']*'?", "?").trim();
    statements.computeIfAbsent(head, k -> new java.util.concurrent.atomic.LongAdder()).increment();
  }

  private void count(int command) {
    switch (command) {
      case COM_QUERY, COM_STMT_EXECUTE -> queries.incrementAndGet();
      case COM_PING -> pings.incrementAndGet();
      default -> otherCommands.incrementAndGet();
    }
  }

  private static void copy(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // closed
    } finally {
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
