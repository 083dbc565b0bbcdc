package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/** How failed sign-ins slow down, lock, and are forgotten, on a clock the test moves. */
class SignInThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-04T09:00:00Z"));
  private final SignInThrottle throttle =
      new SignInThrottle(
          new SignInSettings(3, 10, 10, 50, Duration.ofSeconds(1), Duration.ofMinutes(15)), clock);

  @Test
  void afterTheFreeFailuresEachNextAttemptWaitsTwiceAsLong() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();
      throttle.failed("a.jones", "192.0.2.1");
    }
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();

    throttle.failed("a.jones", "192.0.2.1");
    assertThat(throttle.waitFor("a.jones", "192.0.2.2")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();

    throttle.failed("a.jones", "192.0.2.1");
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("a.jones", "192.0.2.1");
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).contains(Duration.ofSeconds(4));
  }

  @Test
  void theThresholdLocksTheUserForTheLockTimeThenOneMoreFailureLocksAgain() {
    SignInThrottle.Locked last = null;
    for (int i = 0; i < 10; i++) {
      assertThat(last == null || !last.user()).as("not locked before the tenth").isTrue();
      last = throttle.failed("a.jones", "192.0.2." + i);
    }
    assertThat(last.user()).isTrue();
    assertThat(last.address()).as("ten addresses, one failure each").isFalse();
    assertThat(throttle.waitFor("a.jones", "192.0.2.99")).contains(Duration.ofMinutes(15));

    assertThat(throttle.failed("a.jones", "192.0.2.1").user())
        .as("an attempt while locked is counted but does not lock anew")
        .isFalse();
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();
    assertThat(throttle.failed("a.jones", "192.0.2.1").user()).isTrue();
  }

  @Test
  void failuresAreForgottenOnceTheLockTimePassesQuietlyAfterTheLastWait() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("a.jones", "192.0.2.1");
    }
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).contains(Duration.ofSeconds(32));
    clock.advance(Duration.ofSeconds(32).plusMinutes(15));

    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();
    assertThat(throttle.failed("a.jones", "192.0.2.1").user()).isFalse();
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).isEmpty();
  }

  @Test
  void theRightPasswordForgetsTheUsersFailuresButNotTheAddresss() {
    for (int i = 0; i < 12; i++) {
      throttle.failed("nobody-" + i, "192.0.2.1");
    }
    for (int i = 0; i < 3; i++) {
      throttle.failed("a.jones", "192.0.2.7");
    }
    throttle.succeeded("a.jones");
    throttle.failed("a.jones", "192.0.2.7");

    assertThat(throttle.waitFor("a.jones", "192.0.2.7")).as("the count began again").isEmpty();
    assertThat(throttle.waitFor("b.smith", "192.0.2.1"))
        .as("the guessing address waits whatever the name")
        .isPresent();
  }

  @Test
  void manyNamesFromOneAddressLockTheAddress() {
    SignInThrottle.Locked last = null;
    for (int i = 0; i < 50; i++) {
      last = throttle.failed("nobody-" + i, "192.0.2.1");
    }

    assertThat(last.address()).isTrue();
    assertThat(throttle.waitFor("a.jones", "192.0.2.1")).contains(Duration.ofMinutes(15));
    assertThat(throttle.waitFor("a.jones", "192.0.2.2")).isEmpty();
  }
}
