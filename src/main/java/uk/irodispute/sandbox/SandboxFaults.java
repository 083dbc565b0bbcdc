package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The fault switches of one sandbox system. Faults are armed in order; each request takes the first
 * armed fault that falls on it, and a fault disarms itself after its number of requests.
 *
 * <p>The reporting database takes only {@link FaultKind#OFFLINE}, which lasts until cleared; the
 * APIs take every other kind.
 */
public final class SandboxFaults {

  /** Takes the reporting database's tables away and gives them back. */
  interface Outage {
    void begin(FaultTarget target);

    void end();
  }

  private static final class Armed {
    private final Fault fault;
    private int remaining;

    private Armed(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  /** How long a held request waits for the faults to be cleared when its fault gives no delay. */
  public static final Duration HELD_AT_MOST = Duration.ofMinutes(2);

  private final SandboxSystem system;
  private final Outage outage;
  private final List<Armed> armed = new ArrayList<>();
  private CountDownLatch cleared = new CountDownLatch(1);

  SandboxFaults(SandboxSystem system, Outage outage) {
    this.system = system;
    this.outage = outage;
  }

  public SandboxSystem system() {
    return system;
  }

  /** Arms a fault after those already armed. */
  public synchronized void arm(Fault fault) {
    boolean database = system == SandboxSystem.LCS_REPORTING;
    if (database != (fault.kind() == FaultKind.OFFLINE)) {
      throw new IllegalArgumentException(
          database
              ? "the reporting database takes only the offline fault"
              : "only the reporting database goes offline; " + system.id() + " takes the others");
    }
    if (database) {
      outage.end();
      armed.clear();
      outage.begin(fault.target());
    }
    armed.add(new Armed(fault));
  }

  /** Disarms every fault and lets every held request go; a database taken offline comes back. */
  public synchronized void clear() {
    if (system == SandboxSystem.LCS_REPORTING && !armed.isEmpty()) {
      outage.end();
    }
    armed.clear();
    cleared.countDown();
    cleared = new CountDownLatch(1);
  }

  /** The faults still armed, each with the number of requests it has left. */
  public synchronized List<Fault> armed() {
    return armed.stream()
        .map(a -> new Fault(a.fault.kind(), a.fault.target(), a.remaining, a.fault.delay()))
        .toList();
  }

  /**
   * The fault this request takes, if any.
   *
   * @param request the kind of request
   * @param pageHasNotes whether the page about to be answered holds a note (a page without one
   *     cannot repeat one)
   */
  Optional<Fault> take(SandboxRequest request, boolean pageHasNotes) {
    CountDownLatch released;
    Optional<Fault> fault;
    synchronized (this) {
      released = cleared;
      fault = pick(request, pageHasNotes);
    }
    fault.filter(f -> f.kind() == FaultKind.HELD).ifPresent(f -> holdUntil(released, f.delay()));
    return fault;
  }

  private static void holdUntil(CountDownLatch released, Duration delay) {
    try {
      released.await((delay == null ? HELD_AT_MOST : delay).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<Fault> pick(SandboxRequest request, boolean pageHasNotes) {
    Iterator<Armed> it = armed.iterator();
    while (it.hasNext()) {
      Armed a = it.next();
      if (!a.fault.target().covers(request) || !fallsOn(a.fault.kind(), request, pageHasNotes)) {
        continue;
      }
      if (a.remaining != Fault.UNTIL_CLEARED && --a.remaining == 0) {
        it.remove();
      }
      return Optional.of(a.fault);
    }
    return Optional.empty();
  }

  private static boolean fallsOn(FaultKind kind, SandboxRequest request, boolean pageHasNotes) {
    return switch (kind) {
      case DUPLICATE_NOTE -> request == SandboxRequest.POLL && pageHasNotes;
      case OFFLINE -> false;
      default -> true;
    };
  }
}
