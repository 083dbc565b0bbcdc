package uk.irodispute.privacy;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * A failure in the words an operator reads: what happened ("the mail server refused the
 * connection"), never the exception's class. The class goes in a separate detail. These words quote
 * nothing a target sent back: not a body, not a database driver's text, not a URL's path.
 */
public final class FailureWords {

  /** What separates the words from the detail in a stored failure text. */
  public static final String DETAIL = " — detail: ";

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

  private FailureWords() {}

  /**
   * The words for a failure the adapter recognises anywhere in the chain of causes (an HTTP status,
   * a refused connection, a time out, a TLS failure, a mail server's refusal, a database's SQL
   * state), or empty for any other failure.
   */
  public static Optional<String> of(Throwable failure) {
    boolean mail = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      mail = mail || t instanceof MessagingException;
      Optional<String> words = words(t, mail);
      if (words.isPresent()) {
        return words;
      }
    }
    return mail ? Optional.of("the mail server could not take the message") : Optional.empty();
  }

  /**
   * A failure on one line, as it is stored and logged: the words, then {@link #DETAIL} and the
   * detail. The words are cut so that the whole is at most {@code mostCharacters} and the detail is
   * always kept; line breaks and other control characters in them become spaces.
   */
  public static String line(String words, String detail, int mostCharacters) {
    String tail = DETAIL + detail;
    String line = oneLine(words);
    int room = Math.max(0, mostCharacters - tail.length());
    return (line.length() > room ? line.substring(0, room) : line) + tail;
  }

  /** The text on one line: line breaks and other control characters become spaces. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
    return out.toString();
  }

  /** The detail: the failure's class, and the class of the cause the words were found in. */
  public static String detail(Throwable failure) {
    String outer = failure.getClass().getSimpleName();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (words(t, false).isPresent()) {
        return t == failure ? outer : outer + " caused by " + t.getClass().getSimpleName();
      }
    }
    return outer;
  }

  private static Optional<String> words(Throwable t, boolean mail) {
    if (t instanceof SQLException sql) {
      return Optional.of(database(sql));
    }
    if (t instanceof HttpOperationFailedException http) {
      return Optional.of(
          "the case system answered HTTP "
              + http.getStatusCode()
              + " ("
              + status(http.getStatusCode())
              + ") at "
              + origin(http.getUri()));
    }
    if (t instanceof SMTPSendFailedException smtp) {
      return Optional.of("the mail server refused the message (SMTP " + smtp.getReturnCode() + ")");
    }
    if (t instanceof SMTPAddressFailedException smtp) {
      return Optional.of("the mail server refused a recipient (SMTP " + smtp.getReturnCode() + ")");
    }
    if (t instanceof ConnectException) {
      return Optional.of(
          mail ? "the mail server refused the connection" : "the target refused the connection");
    }
    if (t instanceof UnknownHostException) {
      return Optional.of("the target's host name could not be found");
    }
    if (t instanceof SocketTimeoutException
        || t instanceof HttpTimeoutException
        || t instanceof TimeoutException) {
      return Optional.of(mail ? "the mail server did not answer in time" : "the request timed out");
    }
    if (t instanceof SSLException || t instanceof CertificateException) {
      return Optional.of(
          "the secure connection (TLS) failed: the certificate or the handshake was refused");
    }
    return Optional.empty();
  }

  private static String status(int code) {
    return switch (code) {
      case 401 -> "not signed in";
      case 403 -> "forbidden";
      case 404 -> "not found";
      case 429 -> "too many requests";
      default ->
          code >= 500
              ? "server error"
              : code >= 400 ? "request refused" : code >= 300 ? "redirect" : "unexpected status";
    };
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
