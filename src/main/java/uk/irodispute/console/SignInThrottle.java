package uk.irodispute.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per user name and per address on this node. After a few failures each
 * next attempt must wait, twice as long each time; after more, the name or address is locked for a
 * while. An attempt made while it must wait is refused without its password being checked, and
 * counts as a failure: guessing fast only locks sooner. A success forgets the user's failures, not
 * the address's. Failures are forgotten once {@code lockFor} has passed since the last one (or
 * since the lock ended).
 */
public final class SignInThrottle {

  /** Above this many names and addresses held, those already forgotten are dropped. */
  private static final int MOST_HELD = 10_000;

  private final SignInSettings settings;
  private final Clock clock;
  private final Map<String, Failures> users = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

  public SignInThrottle(SignInSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Whether an attempt may be checked now.
   *
   * @return empty when it may; else how long until it may
   */
  public Optional<Duration> waitFor(String name, String address) {
    Instant now = clock.instant();
    Instant until = later(notBefore(users, name, now), notBefore(addresses, address, now));
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /**
   * Counts a failed attempt (a wrong password, an unknown name, or an attempt refused to wait).
   *
   * @return what it locked, if this failure began a lock
   */
  public Locked failed(String name, String address) {
    Instant now = clock.instant();
    boolean user =
        count(users, name, now, settings.failuresBeforeWait(), settings.failuresBeforeLock());
    boolean place =
        count(
            addresses,
            address,
            now,
            settings.addressFailuresBeforeWait(),
            settings.addressFailuresBeforeLock());
    return new Locked(user, place);
  }

  /** A right password, checked: the user's failures are forgotten. */
  public void succeeded(String name) {
    users.remove(name);
  }

  /** The lock each failure began. */
  public record Locked(boolean user, boolean address) {}

  private Instant notBefore(Map<String, Failures> held, String key, Instant now) {
    Failures failures = key == null ? null : held.get(key);
    return failures == null || failures.forgotten(now, settings.lockFor())
        ? Instant.MIN
        : failures.notBefore();
  }

  private boolean count(
      Map<String, Failures> held, String key, Instant now, int beforeWait, int beforeLock) {
    if (key == null) {
      return false;
    }
    if (held.size() > MOST_HELD) {
      held.values().removeIf(f -> f.forgotten(now, settings.lockFor()));
    }
    Failures after =
        held.compute(
            key,
            (k, before) -> {
              Failures start =
                  before == null || before.forgotten(now, settings.lockFor())
                      ? new Failures(0, now, Instant.MIN, false)
                      : before;
              return next(start, now, beforeWait, beforeLock);
            });
    return after.lockBegan();
  }

  private Failures next(Failures before, Instant now, int beforeWait, int beforeLock) {
    if (before.notBefore().isAfter(now) && before.count() >= beforeLock) {
      return new Failures(before.count() + 1, now, before.notBefore(), false);
    }
    int count = before.count() + 1;
    if (count >= beforeLock) {
      return new Failures(count, now, now.plus(settings.lockFor()), true);
    }
    if (count <= beforeWait) {
      return new Failures(count, now, before.notBefore(), false);
    }
    return new Failures(count, now, now.plus(waitAfter(count - beforeWait)), false);
  }

  private Duration waitAfter(int waitsSoFar) {
    Duration wait = settings.firstWait();
    for (int i = 1; i < waitsSoFar && wait.compareTo(settings.lockFor()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.lockFor()) < 0 ? wait : settings.lockFor();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * One name's or address's failures.
   *
   * @param count failures since last forgotten
   * @param last the latest failure
   * @param notBefore no attempt is checked before this
   * @param lockBegan whether the failure that made this record began a lock
   */
  private record Failures(int count, Instant last, Instant notBefore, boolean lockBegan) {

    boolean forgotten(Instant now, Duration lockFor) {
      Instant quietSince = notBefore.isAfter(last) ? notBefore : last;
      return !now.isBefore(quietSince.plus(lockFor));
    }
  }
}
