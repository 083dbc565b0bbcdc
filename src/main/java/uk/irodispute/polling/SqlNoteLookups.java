package uk.irodispute.polling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.systems.FieldMappings.WorkerMapping;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SqlLookup;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.LookupAnswers;
import uk.irodispute.systems.mapping.LookupAnswers.LookedUp;
import uk.irodispute.systems.mapping.NotePage;

/**
 * The lookup step of an SQL poll: for each dispute note of a page, the source's lookup queries,
 * each run with the note's values as its {@code :#name} parameters and read into the note. The
 * lookups of an HTTP source are matched rule for rule ({@link LookupRules}): the same notes are
 * looked up, an answer is kept for the run and counted, and a query that fails stops the run before
 * the page is taken, so the watermark stays and the next run reads the page again. A query that
 * finds no row is an answer, not a refusal: the note goes on without the values it would have given
 * (a child with no legal status recorded yet, no worker allocated). No SQL answer is the equivalent
 * of a lookup's 404.
 */
public class SqlNoteLookups {

  private static final Pattern PARAMETER = Pattern.compile(":#([A-Za-z_][A-Za-z0-9_]*)");

  private final PollEvents events;

  public SqlNoteLookups(PollEvents events) {
    this.events = events;
  }

  /**
   * The page with its dispute notes looked up.
   *
   * @param jdbc the source's read-only connection
   * @param cache the run's answers to lookups
   */
  public NotePage complete(
      SystemDefinition system, NotePage page, NamedParameterJdbcTemplate jdbc, LookupCache cache) {
    if (!(system.source() instanceof Source.Sql sql) || sql.lookups().isEmpty()) {
      return page;
    }
    List<CaseNote> notes = new ArrayList<>();
    for (CaseNote note : page.notes()) {
      if (!LookupRules.looksUp(system, note)) {
        notes.add(note);
        continue;
      }
      List<LookedUp> answers = new ArrayList<>();
      for (SqlLookup lookup : sql.lookups()) {
        Map<String, Object> parameters = parameters(lookup, note);
        answers.add(
            LookupRules.answer(
                events,
                system.id(),
                lookup.name(),
                cache,
                request(lookup, parameters),
                () -> fetch(system, lookup, parameters, jdbc)));
      }
      notes.add(LookupAnswers.complete(note, answers));
    }
    return new NotePage(notes, page.unreadable(), page.nextCursor(), page.morePages());
  }

  /**
   * One lookup's answer, read from the database; a failure of the query or its rows stops the run.
   */
  private LookedUp fetch(
      SystemDefinition system,
      SqlLookup lookup,
      Map<String, Object> parameters,
      NamedParameterJdbcTemplate jdbc) {
    try {
      return read(lookup, jdbc.queryForList(springSql(lookup.query()), parameters), system);
    } catch (RuntimeException e) {
      throw LookupRules.failed(events, system.id(), lookup.name(), "could not be made", e);
    }
  }

  /**
   * What identifies a query within the run: the lookup's name and each parameter's value, encoded
   * so that no two differ only in where a value ends. A parameter without a value is named alone.
   */
  private static String request(SqlLookup lookup, Map<String, Object> parameters) {
    StringJoiner request = new StringJoiner("&", encode(lookup.name()) + "?", "");
    parameters.forEach(
        (name, value) ->
            request.add(
                value == null ? encode(name) : encode(name) + "=" + encode(value.toString())));
    return request.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The query's parameters: the note's person, case and id, else its form or note field. */
  private static Map<String, Object> parameters(SqlLookup lookup, CaseNote note) {
    Map<String, Object> parameters = new TreeMap<>();
    Matcher m = PARAMETER.matcher(lookup.query());
    while (m.find()) {
      String name = m.group(1);
      Object value =
          switch (name) {
            case "personId" -> note.personId();
            case "caseId" -> note.caseId();
            case "noteId" -> note.noteId();
            default -> note.answer(name).orElse(null);
          };
      parameters.put(name, value);
    }
    return parameters;
  }

  /** The first row's values by name, and every row's worker whose role code the file maps. */
  private static LookedUp read(
      SqlLookup lookup, List<Map<String, Object>> rows, SystemDefinition system) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      Map<String, Object> first = ignoringCase(rows.get(0));
      lookup
          .fields()
          .forEach(
              (name, column) -> {
                String value = text(first.get(column));
                if (value != null) {
                  fields.put(name, value);
                }
              });
    }
    List<CaseWorker> workers = new ArrayList<>();
    WorkerMapping columns = lookup.allocation();
    if (columns != null) {
      for (Map<String, Object> row : rows) {
        Map<String, Object> r = ignoringCase(row);
        String code = text(r.get(columns.role()));
        String role = code == null ? null : system.fields().roles().get(code);
        String id = text(r.get(columns.id()));
        if (role != null && id != null) {
          workers.add(
              new CaseWorker(
                  role,
                  id,
                  column(r, columns.name()),
                  column(r, columns.email()),
                  column(r, columns.team())));
        }
      }
    }
    return new LookedUp(fields, workers);
  }

  private static String column(Map<String, Object> row, String column) {
    return column == null ? null : text(row.get(column));
  }

  private static Map<String, Object> ignoringCase(Map<String, Object> row) {
    Map<String, Object> r = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    r.putAll(row);
    return r;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Clob clob) {
      try {
        text = clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("a lookup's text column could not be read", e);
      }
    } else {
      text = value.toString();
    }
    return text.isBlank() ? null : text.strip();
  }

  /** The file's camel-sql parameters ({@code :#name}) as Spring's ({@code :name}). */
  private static String springSql(String query) {
    return query.replace(":#", ":");
  }
}
