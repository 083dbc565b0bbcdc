package uk.irodispute.console;

/** What a console user may do. */
public enum ConsoleRole {
  /** Sees every page of the console and reads the API. */
  VIEWER,
  /** Everything a viewer may, and replays and discards dead letters. */
  OPERATOR
}
