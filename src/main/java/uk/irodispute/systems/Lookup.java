package uk.irodispute.systems;

import java.util.List;
import java.util.Map;

/**
 * A further request an HTTP source makes for each dispute note, where the vendor keeps a part of it
 * elsewhere: the child's allocated workers or legal status at a per-person resource. It goes to the
 * source's base URL with the source's sign-in, and reads its answer as the source's pages are read:
 * JSON with JSON Pointers, XML with XPath.
 *
 * @param name the lookup's name, in counts and reasons
 * @param path the resource, from the base URL; may use {@code {{personId}}}, {@code {{caseId}}} and
 *     {@code {{noteId}}}
 * @param query query parameters, with the same names as {@code path}
 * @param fields values of the answer the rules may read, by name: each joins the note's form fields
 * @param allocation where the allocated workers are in the answer; null when it gives none
 */
public record Lookup(
    String name,
    String path,
    Map<String, String> query,
    Map<String, String> fields,
    FieldMappings.WorkerMapping allocation) {

  /** The names a lookup's path and query may use. */
  public static final List<String> VALUES = List.of("personId", "caseId", "noteId");

  public Lookup {
    query = Map.copyOf(query);
    fields = Map.copyOf(fields);
  }
}
