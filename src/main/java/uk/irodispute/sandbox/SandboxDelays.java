package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Holds a slow or timed-out answer back. Every held answer is let go as soon as the application
 * stops, before the web server waits for its requests to finish, so a sandbox fault never delays a
 * shutdown.
 */
final class SandboxDelays implements SmartLifecycle {

  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile boolean running;

  /** Waits for {@code delay}, or until the application stops. */
  void hold(Duration delay) {
    try {
      stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    stopping.countDown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
