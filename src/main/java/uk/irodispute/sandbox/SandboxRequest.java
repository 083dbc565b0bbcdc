package uk.irodispute.sandbox;

/** The kinds of request a sandbox system answers. */
enum SandboxRequest {
  /** A page of notes. */
  POLL,
  /** A note written back. */
  WRITE_BACK,
  /** An OAuth token. */
  TOKEN
}
