package uk.irodispute.systems;

import java.util.Map;

/**
 * A further query an SQL source runs for each dispute note, where the reporting database keeps a
 * part of it in another table: the child's allocated workers or legal status. It runs on the
 * source's read-only connection.
 *
 * @param name the lookup's name, in reasons
 * @param query the SQL, with {@code :#name} parameters from the note: {@code personId}, {@code
 *     caseId}, {@code noteId} or any form field or note field
 * @param fields columns of the first row the rules may read, by name: each joins the note's form
 *     fields
 * @param allocation the columns of a worker, one row each; null when the query gives none
 */
public record SqlLookup(
    String name, String query, Map<String, String> fields, FieldMappings.WorkerMapping allocation) {

  public SqlLookup {
    fields = Map.copyOf(fields);
  }
}
