package uk.irodispute.systems.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.systems.FieldMappings.WorkerMapping;
import uk.irodispute.systems.Lookup;

/**
 * Reads the JSON answers of a system's lookups and completes a note with them: each value the
 * lookup reads joins the note's form fields under its name, and each allocated worker whose role
 * code the file maps joins the note's allocated workers.
 */
public final class LookupAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LookupAnswers() {}

  /** What one lookup read. */
  public record LookedUp(Map<String, String> fields, List<CaseWorker> workers) {

    public LookedUp {
      fields = Map.copyOf(fields);
      workers = List.copyOf(workers);
    }
  }

  /**
   * Reads one answer.
   *
   * @param roles the case system's role codes to protocol roles; a worker with another is left out
   * @throws MalformedPageException when the answer is not JSON, or its workers are not a list
   */
  public static LookedUp read(Lookup lookup, String body, Map<String, String> roles) {
    JsonNode root;
    try {
      root = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new MalformedPageException("the answer of lookup '" + lookup.name() + "' is not JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedPageException("the answer of lookup '" + lookup.name() + "' is empty");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    lookup
        .fields()
        .forEach(
            (name, pointer) -> {
              String value = text(root, pointer);
              if (value != null) {
                fields.put(name, value);
              }
            });
    return new LookedUp(fields, workers(lookup, root, roles));
  }

  private static List<CaseWorker> workers(Lookup lookup, JsonNode root, Map<String, String> roles) {
    WorkerMapping allocation = lookup.allocation();
    List<CaseWorker> workers = new ArrayList<>();
    if (allocation == null) {
      return workers;
    }
    JsonNode list = root.at(allocation.items());
    if (list.isMissingNode() || list.isNull()) {
      return workers;
    }
    if (!list.isArray()) {
      throw new MalformedPageException(
          "the allocated workers of lookup '"
              + lookup.name()
              + "' are not a list (at "
              + allocation.items()
              + ")");
    }
    for (JsonNode item : list) {
      String code = text(item, allocation.role());
      String role = code == null ? null : roles.get(code.strip());
      String id = text(item, allocation.id());
      if (role != null && id != null) {
        workers.add(
            new CaseWorker(
                role,
                id.strip(),
                text(item, allocation.name()),
                text(item, allocation.email()),
                text(item, allocation.team())));
      }
    }
    return workers;
  }

  /**
   * The note with what its lookups read: their values among its form fields (a value the note
   * itself gives is kept), their workers after its own, and the author's role as allocated when the
   * note did not give it.
   */
  public static CaseNote complete(CaseNote note, List<LookedUp> answers) {
    Map<String, String> form = new LinkedHashMap<>(note.form());
    List<CaseWorker> allocated = new ArrayList<>(note.allocated());
    for (LookedUp answer : answers) {
      answer.fields().forEach(form::putIfAbsent);
      allocated.addAll(answer.workers());
    }
    CaseWorker written = note.author();
    CaseWorker author =
        written.role() != null
            ? written
            : written.as(
                allocated.stream()
                    .filter(w -> w.id().equals(written.id()))
                    .map(CaseWorker::role)
                    .findFirst()
                    .orElse(null));
    return new CaseNote(
        note.systemId(),
        note.noteId(),
        note.version(),
        note.modifiedAt(),
        note.personId(),
        note.caseId(),
        note.noteType(),
        author,
        note.recordedAt(),
        note.text(),
        form,
        allocated);
  }

  /** A scalar as text; null when absent, null or not a scalar. */
  private static String text(JsonNode context, String pointer) {
    if (pointer == null) {
      return null;
    }
    JsonNode value = context.at(pointer);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
