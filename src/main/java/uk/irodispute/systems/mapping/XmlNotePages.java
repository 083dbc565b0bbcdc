package uk.irodispute.systems.mapping;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;

/**
 * Reads an XML page with the XPath expressions of the system file, the notes list's absolute and
 * every other relative to one note (or one form answer, one allocated worker). The page is parsed
 * securely: see {@link SecureXml}.
 */
public final class XmlNotePages implements NotePageReader {

  /**
   * The attribute of the empty note element the poll leaves where it cut a poison note out of the
   * page (too large, too deep): its value is the reason, and the note is unreadable at its
   * position.
   */
  public static final String ISOLATED = "iro-adapter-isolated-note";

  /**
   * The marker's other attribute, when the poll read the note's id before the note turned poison:
   * that id, as the page gave it.
   */
  public static final String ISOLATED_ID = "iro-adapter-isolated-note-id";

  private final SystemDefinition system;
  private final Clock clock;
  private final Source.Http source;
  private final FieldMappings fields;

  public XmlNotePages(SystemDefinition system) {
    this(system, Clock.systemUTC());
  }

  /**
   * @param clock the poll's clock: a date alone that is today is read no later than its time
   */
  public XmlNotePages(SystemDefinition system, Clock clock) {
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
    Document document = SecureXml.parse(body);
    Expressions xpath = new Expressions(SecureXml.xpath());
    List<Node> items = xpath.nodes(document, source.notesAt());
    if (items.isEmpty() && !containerExists(xpath, document)) {
      throw new MalformedPageException("the page has no list of notes at " + source.notesAt());
    }
    CaseNoteAssembler assembler = new CaseNoteAssembler(system, clock.instant());
    String lastKey = null;
    int position = 0;
    for (Node item : items) {
      position++;
      if (item instanceof Element element && element.hasAttribute(ISOLATED)) {
        assembler.notANote(
            position,
            element.getAttribute(ISOLATED),
            element.hasAttribute(ISOLATED_ID) ? element.getAttribute(ISOLATED_ID) : null);
        lastKey = null;
        continue;
      }
      XmlNote note = new XmlNote(item, xpath);
      assembler.add(note, position);
      Object id = safeValue(note, fields.noteId());
      lastKey = id instanceof String s ? s : null;
    }
    String nextAt = nextAt(xpath, document);
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

  private String nextAt(Expressions xpath, Document document) {
    String at = source.paging().nextAt();
    try {
      return at == null ? null : xpath.text(document, at);
    } catch (CaseNoteAssembler.Unreadable e) {
      throw new MalformedPageException("the page's paging value at " + at + " cannot be read");
    }
  }

  /**
   * An empty list is a page with no notes only when the element that would hold them is there
   * ({@code /observationPage} for {@code /observationPage/observation}).
   */
  private boolean containerExists(Expressions xpath, Document document) {
    String notesAt = source.notesAt();
    int slash = notesAt.lastIndexOf('/');
    if (slash <= 0 || notesAt.charAt(slash - 1) == '/') {
      return document.getDocumentElement() != null;
    }
    return !xpath.nodes(document, notesAt.substring(0, slash)).isEmpty();
  }

  private static Object safeValue(XmlNote note, String location) {
    try {
      return note.value(location);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** One note element. */
  private final class XmlNote implements VendorNote {

    private final Node node;
    private final Expressions xpath;

    XmlNote(Node node, Expressions xpath) {
      this.node = node;
      this.xpath = xpath;
    }

    @Override
    public Object value(String location) {
      return xpath.text(node, location);
    }

    @Override
    public List<Map.Entry<String, String>> answers() {
      List<Map.Entry<String, String>> answers = new ArrayList<>();
      FieldMappings.ListMapping form = fields.form();
      if (form == null) {
        return answers;
      }
      for (Node item : xpath.nodes(node, form.items())) {
        String name = xpath.text(item, form.name());
        String value = xpath.text(item, form.value());
        if (name != null && value != null) {
          answers.add(Map.entry(name, value));
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
      for (Node item : xpath.nodes(node, allocation.items())) {
        workers.add(
            new VendorWorker(
                xpath.text(item, allocation.role()),
                xpath.text(item, allocation.id()),
                xpath.text(item, allocation.name()),
                xpath.text(item, allocation.email()),
                xpath.text(item, allocation.team())));
      }
      return workers;
    }
  }

  /** Compiled expressions of one page (XPath objects are not shared between threads). */
  private static final class Expressions {

    private final XPath xpath;
    private final Map<String, XPathExpression> compiled = new HashMap<>();

    Expressions(XPath xpath) {
      this.xpath = xpath;
    }

    List<Node> nodes(Object context, String expression) {
      try {
        NodeList list = (NodeList) compile(expression).evaluate(context, XPathConstants.NODESET);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
          nodes.add(list.item(i));
        }
        return nodes;
      } catch (XPathExpressionException e) {
        throw new CaseNoteAssembler.Unreadable("no list of nodes at " + expression);
      }
    }

    /**
     * The text of the first node the expression selects (an attribute's value, an element's text),
     * or null when it selects none; an expression giving a string or number gives its text.
     */
    String text(Object context, String expression) {
      if (expression == null) {
        return null;
      }
      XPathExpression e = compile(expression);
      try {
        NodeList list = (NodeList) e.evaluate(context, XPathConstants.NODESET);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
      } catch (XPathExpressionException notNodes) {
        try {
          return (String) e.evaluate(context, XPathConstants.STRING);
        } catch (XPathExpressionException failed) {
          throw new CaseNoteAssembler.Unreadable("the expression " + expression + " failed");
        }
      }
    }

    private XPathExpression compile(String expression) {
      return compiled.computeIfAbsent(
          expression,
          x -> {
            try {
              return xpath.compile(x);
            } catch (XPathExpressionException e) {
              throw new IllegalStateException("the system file's XPath " + x + " does not compile");
            }
          });
    }
  }
}
