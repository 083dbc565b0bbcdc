package uk.irodispute.polling;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.NotePageReader;
import uk.irodispute.systems.mapping.SqlNotePages;

/**
 * Reads a fetched page with the system's mapping: an HTTP body, or a reporting database's rows with
 * each note's form answers and the child's allocated workers read by the file's follow-up queries
 * on the same read-only connection.
 */
public class NotePages {

  private final SystemConnections connections;
  private final Clock clock;
  private final NoteLookups lookups;
  private final SqlNoteLookups sqlLookups;

  /**
   * @param clock the adapter's clock: a date alone that is today is read no later than its time
   * @param lookups what an HTTP source's dispute notes are completed with
   * @param sqlLookups what an SQL source's dispute notes are completed with
   */
  public NotePages(
      SystemConnections connections, Clock clock, NoteLookups lookups, SqlNoteLookups sqlLookups) {
    this.connections = connections;
    this.clock = clock;
    this.lookups = lookups;
    this.sqlLookups = sqlLookups;
  }

  /**
   * An HTTP source's page of the file's page size, its dispute notes completed by the source's
   * lookups.
   *
   * @param cache the run's answers to lookups
   */
  public NotePage read(SystemDefinition system, String body, int page, LookupCache cache) {
    return read(system, body, page, ((Source.Http) system.source()).pageSize(), cache);
  }

  /**
   * An HTTP source's page, its dispute notes completed by the source's lookups.
   *
   * @param pageSize the size the page was asked for
   * @param cache the run's answers to lookups
   */
  public NotePage read(
      SystemDefinition system, String body, int page, int pageSize, LookupCache cache) {
    return lookups.complete(
        system, NotePageReader.forSystem(system, clock).read(body, page, pageSize), cache);
  }

  /**
   * A reporting database's page of rows, its dispute notes completed by the source's lookups.
   *
   * @param cache the run's answers to lookups
   */
  public NotePage readRows(
      SystemDefinition system, List<Map<String, Object>> rows, LookupCache cache) {
    Source.Sql sql = (Source.Sql) system.source();
    var jdbc = new NamedParameterJdbcTemplate(connections.source(system));
    NotePage page =
        new SqlNotePages(system, clock)
            .read(
                rows,
                formId -> query(jdbc, sql.answersQuery(), "formId", formId),
                personId -> query(jdbc, sql.allocationQuery(), "personId", personId));
    return sqlLookups.complete(system, page, jdbc, cache);
  }

  private static List<Map<String, Object>> query(
      NamedParameterJdbcTemplate jdbc, String query, String name, Object value) {
    if (query == null) {
      return List.of();
    }
    return jdbc.queryForList(springParameters(query), Map.of(name, value));
  }

  /** The file's camel-sql parameters ({@code :#name}) as Spring's ({@code :name}). */
  static String springParameters(String query) {
    return query.replace(":#", ":");
  }
}
