package uk.irodispute.polling;

import java.time.Duration;
import uk.irodispute.connections.SourceUnavailableException;

/**
 * A case system asked the adapter to slow down (HTTP 429). The poll stops without moving the
 * watermark and does not run again for the time the system asked for.
 */
public class SourceBusyException extends SourceUnavailableException {

  private final Duration retryAfter;

  public SourceBusyException(Duration retryAfter) {
    super("the case system is rate limiting; asked to wait " + retryAfter.toSeconds() + "s", null);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
