package uk.irodispute.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The system and dispute in the log's MDC while some work runs, put back as they were when it ends:
 * {@code try (LogContext c = LogContext.system(id)) { ... }}. A null value leaves its key as it
 * was.
 */
public final class LogContext implements AutoCloseable {

  /** The MDC key of the system id (a file under {@code mappings/systems/}). */
  public static final String SYSTEM = "iro.system";

  /** The MDC key of the dispute reference ({@code DRP-2026-000042}). */
  public static final String DISPUTE = "iro.dispute";

  private final Map<String, String> before = new LinkedHashMap<>();

  private LogContext() {}

  /** The system in the MDC until closed. */
  public static LogContext system(String systemId) {
    return new LogContext().with(SYSTEM, systemId);
  }

  /** The system and the dispute in the MDC until closed. */
  public static LogContext dispute(String systemId, String reference) {
    return new LogContext().with(SYSTEM, systemId).with(DISPUTE, reference);
  }

  private LogContext with(String key, String value) {
    if (value != null) {
      before.put(key, MDC.get(key));
      MDC.put(key, value);
    }
    return this;
  }

  @Override
  public void close() {
    before.forEach(
        (key, value) -> {
          if (value == null) {
            MDC.remove(key);
          } else {
            MDC.put(key, value);
          }
        });
  }
}
