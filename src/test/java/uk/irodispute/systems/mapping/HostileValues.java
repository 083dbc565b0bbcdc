package uk.irodispute.systems.mapping;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.rowset.serial.SerialClob;

/**
 * Values a case system might send, drawn from a seeded {@link Random}: well-formed ones, near
 * misses and plain hostility (markup, quotes, control characters, unpaired surrogates, huge text,
 * numbers where text belongs, nested objects where a value belongs, dates out of every range).
 * Invented text carries {@link #MARKER}, which no reason may ever quote.
 */
final class HostileValues {

  /** In every invented text: a reason that quotes a value would show it. */
  static final String MARKER = "Robin Invented";

  private static final List<String> TRICKY =
      List.of(
          "",
          " ",
          "\u0000",
          "\r\n",
          "\t",
          "\u2028",
          "\uD800",
          "\uDC00x",
          "😀",
          "<script>alert(1)</script>",
          "]]>",
          "<![CDATA[x]]>",
          "&amp;",
          "&#0;",
          "\"'\\",
          "{\"a\":1}",
          "[1,2]",
          "../../etc/passwd",
          "%2e%2e%2f",
          "'; DROP TABLE notes; --",
          "null",
          "true",
          "NaN",
          "-0",
          "1e309",
          "99999999999999999999999",
          "2026-11-04T10:00:00Z",
          "2026-11-04T10:00:00",
          "2026-11-04 10:00:00",
          "2026-11-04T10:00:00+01:00",
          "2026-11-04",
          "+999999999-12-31T23:59:59",
          "-999999999-01-01T00:00:00Z",
          "2026-02-30T10:00:00Z",
          "2026-03-29T01:30:00",
          "yesterday",
          "raise",
          "RAISE",
          "Raise dispute",
          "Complete",
          "Draft",
          "DRP-2026-000042",
          "drp-2026-000042",
          "DRP-0-0",
          "5 working days",
          "-5 working days",
          "99999999999 days",
          "LAC",
          "CP",
          "stage-1",
          "SOCIAL_WORKER",
          "Allocated Social Worker",
          "Team Manager",
          "IRO_DRP",
          "IRO_MONITORING",
          "IRO");

  private HostileValues() {}

  /** A text: tricky, random over every char, of tricky chars, invented, or now and then huge. */
  static String text(Random r) {
    return switch (r.nextInt(10)) {
      case 0, 1, 2 -> TRICKY.get(r.nextInt(TRICKY.size()));
      case 3 -> anyChars(r, r.nextInt(40));
      case 4 -> fromChars(r, "<>&\"'\\]/{}[]:,;\r\n\t\u0000\u2028 @.#%", r.nextInt(20));
      case 5 -> MARKER + " " + anyChars(r, r.nextInt(10));
      case 6 -> r.nextInt(50) == 0 ? MARKER.repeat(2000 + r.nextInt(8000)) : MARKER;
      case 7 -> Long.toString(r.nextLong());
      default -> "N-" + r.nextInt(1000);
    };
  }

  /**
   * A value for a JSON document: a text mostly, else a number, a flag, null, a list or an object.
   */
  static Object json(Random r, int depth) {
    int pick = r.nextInt(depth <= 0 ? 6 : 9);
    return switch (pick) {
      case 0, 1, 2 -> text(r);
      case 3 -> r.nextBoolean() ? r.nextLong() : r.nextDouble() * 1e6;
      case 4 -> r.nextBoolean();
      case 5 -> null;
      case 6 -> list(r, () -> json(r, depth - 1));
      default -> object(r, depth - 1);
    };
  }

  /** An object of random keys and values. */
  static Map<String, Object> object(Random r, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      object.put(r.nextBoolean() ? text(r) : "k" + i, json(r, depth));
    }
    return object;
  }

  static <T> List<T> list(Random r, java.util.function.Supplier<T> item) {
    List<T> list = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      list.add(item.get());
    }
    return list;
  }

  /** A time as a text in one of the forms systems write, or anything else now and then. */
  static Object timeText(Random r) {
    Instant at = instant(r);
    return switch (r.nextInt(6)) {
      case 0 -> at.toString();
      case 1 -> OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(r.nextInt(27) - 13)).toString();
      case 2 -> LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
      case 3 -> LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString().replace('T', ' ');
      default -> json(r, 1);
    };
  }

  /** An instant near now mostly, now and then at the edges of time. */
  static Instant instant(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> Instant.ofEpochSecond(r.nextLong() % 31_000_000_000L);
      case 1 -> Instant.parse("0001-01-01T00:00:00Z");
      case 2 -> Instant.parse("9999-12-31T23:59:59Z");
      default ->
          Instant.parse("2026-11-04T10:00:00Z").plusSeconds(r.nextInt(40_000_000) - 20_000_000);
    };
  }

  /** A value as a JDBC driver may return it: text, numbers, times of several types, a CLOB. */
  static Object column(Random r) {
    try {
      return switch (r.nextInt(12)) {
        case 0, 1, 2 -> text(r);
        case 3 -> r.nextLong();
        case 4 -> r.nextInt();
        case 5 -> new BigDecimal(r.nextInt()).movePointLeft(r.nextInt(4));
        case 6 -> Timestamp.from(instant(r));
        case 7 -> LocalDateTime.ofInstant(instant(r), ZoneOffset.UTC);
        case 8 -> java.sql.Date.valueOf(LocalDate.of(1900 + r.nextInt(200), 1 + r.nextInt(12), 1));
        case 9 -> new SerialClob(text(r).toCharArray());
        case 10 -> r.nextBoolean();
        default -> null;
      };
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Applies one to four random edits: cut, insert, repeat, replace or truncate. */
  static String mutate(Random r, String page) {
    StringBuilder s = new StringBuilder(page);
    int edits = 1 + r.nextInt(4);
    for (int i = 0; i < edits && !s.isEmpty(); i++) {
      int at = r.nextInt(s.length());
      int to = Math.min(s.length(), at + 1 + r.nextInt(20));
      switch (r.nextInt(5)) {
        case 0 -> s.delete(at, to);
        case 1 -> s.insert(at, text(r));
        case 2 -> s.insert(at, s.substring(at, to));
        case 3 -> s.setCharAt(at, (char) r.nextInt(0x10000));
        default -> s.setLength(at);
      }
    }
    return s.toString();
  }

  static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static String anyChars(Random r, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) r.nextInt(0x10000));
    }
    return s.toString();
  }

  private static String fromChars(Random r, String chars, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(chars.charAt(r.nextInt(chars.length())));
    }
    return s.toString();
  }
}
