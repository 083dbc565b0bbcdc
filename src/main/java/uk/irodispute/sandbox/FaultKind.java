package uk.irodispute.sandbox;

import java.util.Arrays;

/** What a sandbox system can be made to do wrong. */
public enum FaultKind {
  /** Answer 500. */
  SERVER_ERROR("server-error"),
  /** Answer correctly after a delay. */
  SLOW("slow"),
  /**
   * Hold the request until this system's faults are cleared, then answer correctly; at most the
   * fault's delay ({@link SandboxFaults#HELD_AT_MOST} by default). A test kills an adapter while
   * its request is held, with no race against a delay.
   */
  HELD("held"),
  /** Answer after a delay longer than the client waits ({@code iro.sandbox.faults.time-out}). */
  TIME_OUT("time-out"),
  /** Answer 200 with a body cut in half. */
  MALFORMED_BODY("malformed-body"),
  /** Answer 200 with an HTML sign-in page, as a proxy or single sign-on in front of an API does. */
  HTML_PAGE("html-page"),
  /** Answer 200 in the other format: JSON from the XML API, XML from the JSON API. */
  WRONG_FORMAT("wrong-format"),
  /** Answer 200 with the right content type and no body at all. */
  EMPTY_BODY("empty-body"),
  /** Answer the right page padded with spaces to {@link FaultAnswers#HUGE_BODY_BYTES}. */
  HUGE_BODY("huge-body"),
  /** Answer the right page labelled {@code text/plain}. */
  WRONG_CONTENT_TYPE("wrong-content-type"),
  /** Put a note nested {@link FaultAnswers#DEEP_NOTE_LEVELS} deep first in the page's notes. */
  DEEP_NOTE("deep-note"),
  /** Put a note of {@link FaultAnswers#HUGE_NOTE_BYTES} first in the page's notes. */
  HUGE_NOTE("huge-note"),
  /**
   * Put a note nested {@link FaultAnswers#DEEP_NOTE_LEVELS} deep first in the page's notes, its id
   * after the deep part (JSON) or none at all (XML): the adapter knows it by its position only.
   */
  DEEP_NOTE_ID_AFTER("deep-note-id-after"),
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

  /** Whether it puts a poison note among a page's notes. */
  public boolean isPoisonNote() {
    return this == DEEP_NOTE || this == HUGE_NOTE || this == DEEP_NOTE_ID_AFTER;
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
