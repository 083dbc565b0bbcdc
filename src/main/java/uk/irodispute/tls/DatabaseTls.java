package uk.irodispute.tls;

import java.util.Locale;

/**
 * PostgreSQL connections that check the server: a URL that sets no {@code sslmode} (nor {@code
 * ssl}) and names a host other than this machine gets {@code sslmode=verify-full}, so the driver
 * encrypts, validates the server's certificate and checks its name. A URL that sets its own mode is
 * left as written; loopback connections, and other databases' URLs, are left alone.
 *
 * <p>With {@code verify-full} the PostgreSQL driver trusts the CA file named by {@code sslrootcert}
 * in the URL (by default {@code ~/.postgresql/root.crt}).
 */
public final class DatabaseTls {

  static final String PREFIX = "jdbc:postgresql:";
  static final String VERIFY_FULL = "sslmode=verify-full";

  private DatabaseTls() {}

  /** The URL with {@code sslmode=verify-full} added where it is needed; null stays null. */
  public static String secured(String url) {
    if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return url;
    }
    String rest = url.substring(PREFIX.length());
    int q = rest.indexOf('?');
    String query = q < 0 ? "" : rest.substring(q + 1);
    if (setsTls(query) || onlyLoopback(q < 0 ? rest : rest.substring(0, q))) {
      return url;
    }
    return url + (q < 0 ? "?" : query.isEmpty() || query.endsWith("&") ? "" : "&") + VERIFY_FULL;
  }

  private static boolean setsTls(String query) {
    for (String pair : query.split("&")) {
      String key = pair.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (key.equals("sslmode") || key.equals("ssl")) {
        return true;
      }
    }
    return false;
  }

  /** Whether every host the URL names is this machine; a URL without hosts means localhost. */
  private static boolean onlyLoopback(String hostsAndDatabase) {
    if (!hostsAndDatabase.startsWith("//")) {
      return true;
    }
    String authority = hostsAndDatabase.substring(2);
    int slash = authority.indexOf('/');
    if (slash >= 0) {
      authority = authority.substring(0, slash);
    }
    if (authority.isEmpty()) {
      return true;
    }
    for (String hostAndPort : authority.split(",")) {
      if (!isLoopback(host(hostAndPort.strip()))) {
        return false;
      }
    }
    return true;
  }

  private static String host(String hostAndPort) {
    if (hostAndPort.startsWith("[")) {
      int end = hostAndPort.indexOf(']');
      return end < 0 ? hostAndPort : hostAndPort.substring(1, end);
    }
    int colon = hostAndPort.lastIndexOf(':');
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.isEmpty()
        || h.equals("localhost")
        || h.startsWith("127.")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
