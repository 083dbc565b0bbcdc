package uk.irodispute.systems.mapping;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;

/**
 * Maps one page of rows from a reporting database onto canonical case notes: the notes query's
 * rows, and for each note its form answers (one row per answer) and the workers allocated to the
 * child (one row per worker). Column names are matched ignoring case, as databases differ.
 */
public final class SqlNotePages {

  /** Runs one of the source's follow-up queries: answers of a form, workers of a child. */
  @FunctionalInterface
  public interface Rows {

    /**
     * @param key the form id ({@code :#formId}) or person id ({@code :#personId}), as the notes
     *     query returned it
     */
    List<Map<String, Object>> of(Object key);
  }

  private final SystemDefinition system;
  private final Clock clock;
  private final Source.Sql source;
  private final FieldMappings fields;

  public SqlNotePages(SystemDefinition system) {
    this(system, Clock.systemUTC());
  }

  /**
   * @param clock the poll's clock: a date alone that is today is read no later than its time
   */
  public SqlNotePages(SystemDefinition system, Clock clock) {
    this.clock = clock;
    if (!(system.source() instanceof Source.Sql sql)) {
      throw new IllegalArgumentException(
          "system " + system.id() + " is read over HTTP: use NotePageReader");
    }
    this.system = system;
    this.source = sql;
    this.fields = system.fields();
  }

  /**
   * @param rows the notes query's rows, in its order
   * @param answers runs the answers query; called only when the source has one and the note a form
   *     id
   * @param allocation runs the allocation query; called only when the source has one
   */
  public NotePage read(List<Map<String, Object>> rows, Rows answers, Rows allocation) {
    CaseNoteAssembler assembler = new CaseNoteAssembler(system, clock.instant());
    int position = 0;
    String lastKey = null;
    for (Map<String, Object> row : rows) {
      position++;
      Row r = new Row(row);
      assembler.add(new SqlNote(r, answers, allocation), position);
      Object key = r.get(source.keyColumn());
      lastKey = key == null ? null : key.toString();
    }
    boolean full = position >= source.pageSize();
    return new NotePage(assembler.notes(), assembler.unreadable(), full ? lastKey : null, full);
  }

  /** A row whose columns are found ignoring case; large text is read as text. */
  private static final class Row {

    private final Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    Row(Map<String, Object> row) {
      values.putAll(row);
    }

    Object get(String column) {
      Object value = column == null ? null : values.get(column);
      return value instanceof Clob clob ? text(clob) : value;
    }

    String text(String column) {
      Object value = get(column);
      return value == null ? null : value.toString();
    }

    private static String text(Clob clob) {
      try (Reader reader = clob.getCharacterStream()) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      } catch (SQLException | IOException e) {
        throw new CaseNoteAssembler.Unreadable("a text column could not be read");
      }
    }
  }

  /** One note row, with its answers and allocated workers fetched when asked for. */
  private final class SqlNote implements VendorNote {

    private final Row row;
    private final Rows answers;
    private final Rows allocation;

    SqlNote(Row row, Rows answers, Rows allocation) {
      this.row = row;
      this.answers = answers;
      this.allocation = allocation;
    }

    @Override
    public Object value(String column) {
      return row.get(column);
    }

    @Override
    public List<Map.Entry<String, String>> answers() {
      List<Map.Entry<String, String>> found = new ArrayList<>();
      Object formId = row.get(fields.formId());
      if (source.answersQuery() == null || formId == null) {
        return found;
      }
      for (Map<String, Object> answer : answers.of(formId)) {
        Row a = new Row(answer);
        String name = a.text(source.answerNameColumn());
        String value = a.text(source.answerValueColumn());
        if (name != null && value != null) {
          found.add(Map.entry(name, value));
        }
      }
      return found;
    }

    @Override
    public List<VendorWorker> workers() {
      List<VendorWorker> workers = new ArrayList<>();
      FieldMappings.WorkerMapping columns = fields.allocation();
      Object personId = row.get(fields.personId());
      if (source.allocationQuery() == null || columns == null || personId == null) {
        return workers;
      }
      for (Map<String, Object> worker : allocation.of(personId)) {
        Row w = new Row(worker);
        workers.add(
            new VendorWorker(
                w.text(columns.role()),
                w.text(columns.id()),
                w.text(columns.name()),
                w.text(columns.email()),
                w.text(columns.team())));
      }
      return workers;
    }
  }
}
