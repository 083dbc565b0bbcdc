package uk.irodispute.sandbox;

import java.util.Arrays;

/** Which requests to a sandbox system a fault falls on. */
public enum FaultTarget {
  /** Reading notes: the notes page, or the reporting database's notes table. */
  POLLS("polls"),
  /** Writing the adapter's notes back: the API write-back, or the integration table. */
  WRITE_BACKS("write-backs"),
  /** Every request, the OAuth token request included. */
  ALL("all");

  private final String id;

  FaultTarget(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static FaultTarget byId(String id) {
    return Arrays.stream(values())
        .filter(t -> t.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no fault target '" + id + "'; targets: polls, write-backs, all"));
  }

  /** Whether a request of this kind takes the fault. */
  boolean covers(SandboxRequest request) {
    return switch (this) {
      case POLLS -> request == SandboxRequest.POLL;
      case WRITE_BACKS -> request == SandboxRequest.WRITE_BACK;
      case ALL -> true;
    };
  }
}
