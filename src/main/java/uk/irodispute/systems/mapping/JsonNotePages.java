package uk.irodispute.systems.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;

/** Reads a JSON page with the JSON Pointers of the system file. */
public final class JsonNotePages implements NotePageReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The one field of what the poll leaves where it cut a poison note out of the page (too large,
   * too deep): its value is the reason, and the note is unreadable at its position.
   */
  public static final String ISOLATED = "iro-adapter:isolated-note";

  /**
   * The marker's other field, when the poll read the note's id before the note turned poison: that
   * id, as the page gave it.
   */
  public static final String ISOLATED_ID = "iro-adapter:isolated-note-id";

  private final SystemDefinition system;
  private final Clock clock;
  private final Source.Http source;
  private final FieldMappings fields;

  public JsonNotePages(SystemDefinition system) {
    this(system, Clock.systemUTC());
  }

  /**
   * @param clock the poll's clock: a date alone that is today is read no later than its time
   */
  public JsonNotePages(SystemDefinition system, Clock clock) {
    this.clock = clock;
    this.system = system;
    this.source = (Source.Http) system.source();
    this.fields = system.fields();
  }

  @Override
  public NotePage read(String body, int page) {
    return read(body, page, source.pageSize());
  }

  @Override
  public NotePage read(String body, int page, int pageSize) {
    JsonNode root;
    try {
      root = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new MalformedPageException("the page is not JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedPageException("the page is empty");
    }
    JsonNode items = root.at(source.notesAt());
    if (!items.isArray()) {
      throw new MalformedPageException("the page has no list of notes at " + source.notesAt());
    }
    CaseNoteAssembler assembler = new CaseNoteAssembler(system, clock.instant());
    String lastKey = null;
    int position = 0;
    for (JsonNode item : items) {
      position++;
      if (!item.isObject()) {
        assembler.notANote(position, "the item is not a note object");
        lastKey = null;
        continue;
      }
      if (item.has(ISOLATED)
          && (item.size() == 1 || (item.size() == 2 && item.path(ISOLATED_ID).isTextual()))) {
        assembler.notANote(position, item.get(ISOLATED).asText(), scalar(item.path(ISOLATED_ID)));
        lastKey = null;
        continue;
      }
      JsonNote note = new JsonNote(item);
      assembler.add(note, position);
      Object id = note.value(fields.noteId());
      lastKey = id instanceof String s ? s : null;
    }
    String nextAt =
        source.paging().nextAt() == null ? null : scalar(root.at(source.paging().nextAt()));
    return Paging.page(
        source.paging(),
        pageSize,
        page,
        nextAt,
        position,
        lastKey,
        assembler.notes(),
        assembler.unreadable());
  }

  private static String scalar(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /** One note object. */
  private final class JsonNote implements VendorNote {

    private final JsonNode node;

    JsonNote(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object value(String location) {
      return valueAt(node, location);
    }

    @Override
    public List<Map.Entry<String, String>> answers() {
      List<Map.Entry<String, String>> answers = new ArrayList<>();
      FieldMappings.ListMapping form = fields.form();
      if (form == null) {
        return answers;
      }
      for (JsonNode item : list(form.items(), "form answers")) {
        Object name = valueAt(item, form.name());
        Object value = valueAt(item, form.value());
        if (name instanceof String n && value instanceof String v) {
          answers.add(Map.entry(n, v));
        }
      }
      return answers;
    }

    @Override
    public List<VendorWorker> workers() {
      List<VendorWorker> workers = new ArrayList<>();
      FieldMappings.WorkerMapping allocation = fields.allocation();
      if (allocation == null) {
        return workers;
      }
      for (JsonNode item : list(allocation.items(), "allocated workers")) {
        workers.add(
            new VendorWorker(
                text(item, allocation.role()),
                text(item, allocation.id()),
                text(item, allocation.name()),
                text(item, allocation.email()),
                text(item, allocation.team())));
      }
      return workers;
    }

    private List<JsonNode> list(String pointer, String what) {
      JsonNode list = node.at(pointer);
      if (list.isMissingNode() || list.isNull()) {
        return List.of();
      }
      if (!list.isArray()) {
        throw new CaseNoteAssembler.Unreadable(
            "the " + what + " are not a list (at " + pointer + ")");
      }
      return StreamSupport.stream(list.spliterator(), false).filter(JsonNode::isObject).toList();
    }

    private static String text(JsonNode item, String pointer) {
      return valueAt(item, pointer) instanceof String s ? s : null;
    }

    /** A scalar as text; a list of scalars (a multiple choice) joined with ", ". */
    private static Object valueAt(JsonNode context, String pointer) {
      if (pointer == null) {
        return null;
      }
      JsonNode value = context.at(pointer);
      if (value.isMissingNode() || value.isNull()) {
        return null;
      }
      if (value.isValueNode()) {
        return value.asText();
      }
      if (value.isArray()
          && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
        return StreamSupport.stream(value.spliterator(), false)
            .map(JsonNode::asText)
            .collect(Collectors.joining(", "));
      }
      return NOT_A_VALUE;
    }
  }
}
