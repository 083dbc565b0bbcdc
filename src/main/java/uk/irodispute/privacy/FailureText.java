package uk.irodispute.privacy;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * A failure as the adapter stores and logs it (an outbox item's last error, a dead letter's reason,
 * a poll's failure reason): the exception's type and message, with every secret redacted, cut
 * short. Two kinds of message are not repeated, because they quote what they were sent: a database
 * driver's (it may quote a row's values, a child's data among them) is replaced by what its SQL
 * state means, and a failed HTTP call's (its URL may carry a case id, its redirect anything) by its
 * status and host.
 */
public class FailureText {

  /** The longest description kept. */
  public static final int MOST_CHARACTERS = 500;

  private static final Map<String, String> SQL_STATE_CLASSES =
      Map.of(
          "08", "the database could not be reached",
          "28", "the database refused the credentials",
          "42", "the statement does not fit the database (a table, a column or the syntax)",
          "23", "the database refused the row (a constraint)",
          "22", "a value does not fit its column",
          "40", "the transaction was rolled back (a deadlock or a conflict)",
          "53", "the database is out of resources",
          "57", "the database is shutting down or refused the operation");

  private final Redaction redaction;

  public FailureText(Redaction redaction) {
    this.redaction = redaction;
  }

  /** Text the adapter is about to store or log, with every secret redacted. */
  public String redact(String text) {
    return redaction.redact(text);
  }

  /** The description of the failure a route's error handler caught. */
  public String describeCaught(Exchange exchange) {
    return describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
  }

  /** The failure's description, safe to store and log; never null. */
  public String describe(Throwable failure) {
    if (failure == null) {
      return "unknown failure";
    }
    String text = failure.getClass().getSimpleName() + ": " + detail(failure);
    String safe = redaction.redact(text);
    return safe.length() > MOST_CHARACTERS ? safe.substring(0, MOST_CHARACTERS) : safe;
  }

  private static String detail(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return database(sql);
      }
      if (t instanceof HttpOperationFailedException http) {
        return "HTTP " + http.getStatusCode() + " from " + origin(http.getUri());
      }
    }
    return String.valueOf(failure.getMessage());
  }

  private static String database(SQLException sql) {
    String state = sql.getSQLState();
    String meaning =
        state == null || state.length() < 2
            ? "a database error"
            : SQL_STATE_CLASSES.getOrDefault(state.substring(0, 2), "a database error");
    return meaning + " (SQL state " + (state == null ? "unknown" : state) + ")";
  }

  /** The scheme, host and port of a URL; never its path or query. */
  private static String origin(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException | NullPointerException e) {
      return "the target";
    }
  }
}
