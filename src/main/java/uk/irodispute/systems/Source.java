package uk.irodispute.systems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where and how a system's notes are polled: one of three kinds. */
public sealed interface Source {

  /** How often the poll runs. */
  Schedule schedule();

  /** Notes per page. */
  int pageSize();

  /** The watermark to start from when none is stored yet. */
  Instant initialWatermark();

  /**
   * @param every poll interval, when no cron is given
   * @param cron a Quartz cron expression; null to use {@code every}
   */
  record Schedule(Duration every, String cron) {}

  /**
   * A reporting database read over JDBC, read-only.
   *
   * @param jdbcUrl the connection URL
   * @param username user name; may be null
   * @param password from the environment; may be null
   * @param notesQuery the page query; named parameters {@code :#watermark}, {@code :#afterKey} and
   *     {@code :#pageSize}; rows must come ordered by the watermark column then the key column
   * @param watermarkColumn the column holding the note's last modification time
   * @param keyColumn the column holding the note id, the tie-breaker for key paging
   * @param answersQuery form answers of one note, one row per answer; parameter {@code :#formId};
   *     null when notes carry no form
   * @param answerNameColumn the column naming the question
   * @param answerValueColumn the column holding the answer
   * @param allocationQuery the workers allocated to a child; parameter {@code :#personId}; null
   *     when not read
   * @param lookups further queries for each dispute note, such as the child's legal status
   */
  record Sql(
      Schedule schedule,
      int pageSize,
      Instant initialWatermark,
      String jdbcUrl,
      String username,
      Secret password,
      String notesQuery,
      String watermarkColumn,
      String keyColumn,
      String answersQuery,
      String answerNameColumn,
      String answerValueColumn,
      String allocationQuery,
      List<SqlLookup> lookups)
      implements Source {

    public Sql {
      lookups = List.copyOf(lookups);
    }
  }

  /**
   * An HTTP API, JSON or XML.
   *
   * @param format JSON or XML
   * @param baseUrl the API's root, for example {@code https://lcs.example.gov.uk/api}
   * @param path the notes resource, relative to the base URL
   * @param query query parameters; values may use {@code {{watermark}}}, {@code {{page}}}, {@code
   *     {{cursor}}}, {@code {{pageSize}}}
   * @param headers extra request headers (never secrets: those go in {@code auth})
   * @param paging how the next page is asked for
   * @param notesAt where the list of notes is in a page: a JSON Pointer, or an XPath for XML
   * @param timeout how long one request may take
   * @param lookups further requests for each dispute note, in order; empty when there are none
   */
  record Http(
      Schedule schedule,
      int pageSize,
      Instant initialWatermark,
      Format format,
      String baseUrl,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      Paging paging,
      String notesAt,
      Duration timeout,
      List<Lookup> lookups)
      implements Source {

    public Http {
      query = Map.copyOf(query);
      headers = Map.copyOf(headers);
      lookups = List.copyOf(lookups);
    }
  }

  /** JSON or XML. */
  enum Format {
    JSON,
    XML
  }

  /**
   * How pages follow each other.
   *
   * @param kind by page number, by a cursor the API returns, or by the last key seen
   * @param nextAt where the next cursor (CURSOR) or the "more pages" flag or total pages (PAGE) is
   *     in the page body: JSON Pointer or XPath; null when a short page means the last
   * @param firstPage the number of the first page (PAGE), usually 0 or 1
   */
  record Paging(PagingKind kind, String nextAt, int firstPage) {}

  /** The three ways APIs page. */
  enum PagingKind {
    PAGE,
    CURSOR,
    KEY
  }
}
