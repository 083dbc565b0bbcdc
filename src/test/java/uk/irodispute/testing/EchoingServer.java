package uk.irodispute.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A hostile HTTP server on loopback that echoes each request's Authorization header back in an
 * answer that is not valid HTTP, where the client's exception message quotes it: a case system or
 * token endpoint that returns the credentials it was sent in its error.
 */
public final class EchoingServer implements AutoCloseable {

  /** Where the echo goes, so that a given HTTP client's error message quotes it. */
  public enum Echo {
    /**
     * As the status line ({@code HTTP/1.1 Basic ...}): the JDK's HTTP client says {@code Invalid
     * status line: "..."}.
     */
    STATUS_LINE,
    /**
     * As a header line without a name after {@code HTTP/1.1 500}: Apache HttpClient (camel-http)
     * says {@code Invalid header; error at offset N: <...>}.
     */
    HEADER_LINE
  }

  private final Echo echo;
  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public EchoingServer(Echo echo) {
    this.echo = echo;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.submit(this::serve);
  }

  /** The server's root URL. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        threads.submit(() -> answer(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void answer(Socket connection) {
    try (connection) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
      String authorization = "none";
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.toLowerCase(Locale.ROOT).startsWith("authorization:")) {
          authorization = line.substring("authorization:".length()).strip();
        }
      }
      String answer =
          switch (echo) {
            case STATUS_LINE -> "HTTP/1.1 " + authorization + "\r\n\r\n";
            case HEADER_LINE -> "HTTP/1.1 500 Echo\r\n" + authorization + "\r\n\r\n";
          };
      OutputStream out = connection.getOutputStream();
      out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException clientLeft) {
      // Nothing to answer.
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
