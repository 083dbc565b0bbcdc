package uk.irodispute.sandbox;

import java.util.Arrays;

/** What a sandbox system can be made to do wrong. */
public enum FaultKind {
  /** Answer 500. */
  SERVER_ERROR("server-error"),
  /** Answer correctly after a delay. */
  SLOW("slow"),
  /** Answer after a delay longer than the client waits ({@code iro.sandbox.faults.time-out}). */
  TIME_OUT("time-out"),
  /** Answer 200 with a body cut in half. */
  MALFORMED_BODY("malformed-body"),
  /** Repeat the first note of a page at its end (only a page with notes takes this fault). */
  DUPLICATE_NOTE("duplicate-note"),
  /** Answer 429 with {@code Retry-After}. */
  RATE_LIMITED("rate-limited"),
  /** The reporting database's tables are gone until the fault is cleared. */
  OFFLINE("offline");

  private final String id;

  FaultKind(String id) {
    this.id = id;
  }

  /** As the HTTP switch and the page name it: {@code server-error}, {@code slow}, ... */
  public String id() {
    return id;
  }

  public static FaultKind byId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no fault '"
                        + id
                        + "'; faults: "
                        + Arrays.stream(values()).map(FaultKind::id).toList()));
  }
}
