package uk.irodispute.sandbox;

import java.util.Arrays;

/** The three case systems the sandbox stands in for, by the id of their file under mappings. */
public enum SandboxSystem {
  /** Liquidlogic LCS read through its reporting database ({@code lcs-reporting.yaml}). */
  LCS_REPORTING("lcs-reporting", "Liquidlogic LCS (reporting database)"),
  /** A Liquidlogic-style JSON API ({@code lcs-api.yaml}). */
  LCS_API("lcs-api", "Liquidlogic LCS (REST API)"),
  /** A Framework-i-style XML API ({@code fwi-api.yaml}). */
  FWI_API("fwi-api", "Framework-i (XML API)");

  private final String id;
  private final String title;

  SandboxSystem(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The system file's id, for example {@code lcs-api}. */
  public String id() {
    return id;
  }

  /** A name for people. */
  public String title() {
    return title;
  }

  /** The system with this file id. */
  public static SandboxSystem byId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no sandbox system '" + id + "'; systems: lcs-reporting, lcs-api, fwi-api"));
  }
}
