package uk.irodispute.systems.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.systems.FieldMappings.WorkerMapping;
import uk.irodispute.systems.Lookup;
import uk.irodispute.systems.Source;

/**
 * Reads the answers of a system's lookups, JSON with JSON Pointers or XML with XPath as the source
 * is, and completes a note with them: each value the lookup reads joins the note's form fields
 * under its name, and each allocated worker whose role code the file maps joins the note's
 * allocated workers.
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
   * Reads one answer in the source's format.
   *
   * @param roles the case system's role codes to protocol roles; a worker with another is left out
   * @throws MalformedPageException when the answer is not in that format, or unreadable there
   */
  public static LookedUp read(
      Lookup lookup, Source.Format format, String body, Map<String, String> roles) {
    return format == Source.Format.XML ? readXml(lookup, body, roles) : read(lookup, body, roles);
  }

  /**
   * Reads one JSON answer.
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

  /** Reads one XML answer: each location an XPath from the answer's root, or from a worker. */
  private static LookedUp readXml(Lookup lookup, String body, Map<String, String> roles) {
    Document document;
    try {
      document = SecureXml.parse(body);
    } catch (MalformedPageException e) {
      throw new MalformedPageException(
          "the answer of lookup '" + lookup.name() + "' is unreadable: " + e.getMessage());
    }
    XPath xpath = SecureXml.xpath();
    Map<String, String> fields = new LinkedHashMap<>();
    lookup
        .fields()
        .forEach(
            (name, expression) -> {
              String value = xmlText(lookup, xpath, document, expression);
              if (value != null) {
                fields.put(name, value);
              }
            });
    List<CaseWorker> workers = new ArrayList<>();
    WorkerMapping allocation = lookup.allocation();
    if (allocation != null) {
      NodeList items;
      try {
        items = (NodeList) xpath.evaluate(allocation.items(), document, XPathConstants.NODESET);
      } catch (XPathExpressionException e) {
        throw new MalformedPageException(
            "the allocated workers of lookup '"
                + lookup.name()
                + "' are not a list of elements (at "
                + allocation.items()
                + ")");
      }
      for (int i = 0; i < items.getLength(); i++) {
        Node item = items.item(i);
        String code = xmlText(lookup, xpath, item, allocation.role());
        String role = code == null ? null : roles.get(code.strip());
        String id = xmlText(lookup, xpath, item, allocation.id());
        if (role != null && id != null && !id.isBlank()) {
          workers.add(
              new CaseWorker(
                  role,
                  id.strip(),
                  xmlText(lookup, xpath, item, allocation.name()),
                  xmlText(lookup, xpath, item, allocation.email()),
                  xmlText(lookup, xpath, item, allocation.team())));
        }
      }
    }
    return new LookedUp(fields, workers);
  }

  /** The text of the first node an XPath selects; null when it selects none or only blank text. */
  private static String xmlText(Lookup lookup, XPath xpath, Object context, String expression) {
    if (expression == null) {
      return null;
    }
    try {
      NodeList list = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
      String text = list.getLength() == 0 ? null : list.item(0).getTextContent();
      return text == null || text.isBlank() ? null : text.strip();
    } catch (XPathExpressionException e) {
      throw new MalformedPageException(
          "lookup '" + lookup.name() + "' could not read " + expression + " in its answer");
    }
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
