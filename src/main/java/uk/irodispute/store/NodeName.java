package uk.irodispute.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node of the cluster: the name it keeps across restarts ({@code iro.node-name}, by default
 * the host's name) and this run of it, new at each start. An outbox item in flight under this name
 * but another run was left by an earlier run of this node, which is dead: it is claimed again at
 * once. Two nodes running at once must not share a name.
 *
 * @param name the node's name, at most 200 characters
 * @param run this run, unique to each start
 */
public record NodeName(String name, String run) {

  public NodeName {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("iro.node-name must be 1 to 200 characters");
    }
  }

  /** The configured name, or the host's name when none is; a new run. */
  public static NodeName of(String configured) {
    String name = configured == null || configured.isBlank() ? hostName() : configured.strip();
    return new NodeName(name, UUID.randomUUID().toString());
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
