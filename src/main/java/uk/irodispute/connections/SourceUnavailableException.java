package uk.irodispute.connections;

/**
 * A case system did not answer as it should (an error status, a time-out, a refused token). The
 * poll stops without moving the watermark and is tried again at its next run. Messages carry
 * statuses and reasons only, never a page's content.
 */
public class SourceUnavailableException extends RuntimeException {

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
