package uk.irodispute.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** Waits for what adapters in other JVMs do, and shows an adapter's log when it does not come. */
final class Awaiting {

  /** Long enough for a JVM to start and a dead node's runs to be taken over on a busy machine. */
  static final Duration AT_MOST = Duration.ofSeconds(90);

  private Awaiting() {}

  static void until(AdapterProcess adapter, String what, Callable<Boolean> condition) {
    try {
      await(what)
          // A killed adapter's cut SMTP session fails a GreenMail thread; that is not this wait's.
          .dontCatchUncaughtExceptions()
          .atMost(AT_MOST)
          .pollInterval(Duration.ofMillis(100))
          .ignoreExceptions()
          .failFast(adapter.name() + " stopped by itself", () -> !adapter.isAlive())
          .until(condition);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      if (adapter.isAlive()) {
        adapter.dumpThreads();
      }
      throw new AssertionError(
          "Waited in vain for " + what + "; " + adapter + " logged:\n" + adapter.logTail(), e);
    }
  }
}
