package uk.irodispute.console;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused without checking its password, as its user or address must wait. */
final class SignInThrottled extends LockedException {

  private final transient Duration wait;

  SignInThrottled(Duration wait) {
    super("Too many failed sign-ins: try again later");
    this.wait = wait;
  }

  /** Whole seconds until an attempt may be checked again, at least 1. */
  long retryAfterSeconds() {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
