package uk.irodispute.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down and then lock the next attempts, from {@code iro.sign-in}. The same
 * rules guard the console, the API and the actuator.
 *
 * @param failuresBeforeWait failed sign-ins of one user allowed before each next attempt must wait
 * @param failuresBeforeLock failed sign-ins of one user that lock them for {@code lockFor}
 * @param addressFailuresBeforeWait failed sign-ins from one address before each next must wait
 * @param addressFailuresBeforeLock failed sign-ins from one address that lock it
 * @param firstWait the first wait; each later one is twice the one before, up to {@code lockFor}
 * @param lockFor how long a lock lasts; failures are forgotten this long after the last
 */
@ConfigurationProperties("iro.sign-in")
public record SignInSettings(
    @DefaultValue("3") int failuresBeforeWait,
    @DefaultValue("10") int failuresBeforeLock,
    @DefaultValue("10") int addressFailuresBeforeWait,
    @DefaultValue("50") int addressFailuresBeforeLock,
    @DefaultValue("1s") Duration firstWait,
    @DefaultValue("15m") Duration lockFor) {

  public SignInSettings {
    if (failuresBeforeWait < 0 || failuresBeforeLock <= failuresBeforeWait) {
      throw new IllegalArgumentException(
          "iro.sign-in.failures-before-lock must be more than iro.sign-in.failures-before-wait");
    }
    if (addressFailuresBeforeWait < 0 || addressFailuresBeforeLock <= addressFailuresBeforeWait) {
      throw new IllegalArgumentException(
          "iro.sign-in.address-failures-before-lock must be more than"
              + " iro.sign-in.address-failures-before-wait");
    }
    if (firstWait.isNegative() || firstWait.isZero() || lockFor.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException(
          "iro.sign-in.first-wait must be positive and no longer than iro.sign-in.lock-for");
    }
  }
}
