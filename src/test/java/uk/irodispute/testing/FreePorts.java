package uk.irodispute.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A free port for a server a test starts, so tests never take a fixed one. */
public final class FreePorts {

  private FreePorts() {}

  /** A port the system just handed out, free at the time of asking. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
