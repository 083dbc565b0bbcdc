package uk.irodispute.polling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.irodispute.systems.mapping.MalformedPageException;
import uk.irodispute.systems.mapping.XmlNotePages;

/**
 * Reads an XML page as a stream of bytes, note by note, with limits on each note: a note element
 * nested deeper than its limit or larger than its limit is cut out of the page and its place taken
 * by an empty element of the note's name marked {@link XmlNotePages#ISOLATED}, which the mapping
 * keeps as an unreadable note at its position, with the note's own id when it came before the
 * poison part ({@link XmlNoteId}). The page kept is then parsed as before ({@code SecureXml}: no
 * document type, no entities). Only the markup's structure is read here (tags, comments, CDATA,
 * processing instructions), byte by byte: the characters that make it are ASCII, which no other
 * UTF-8 character contains. The notes are the elements the file's {@code notesAt} names as a plain
 * path ({@code /observationPage/observation}).
 */
final class XmlNoteStream {

  private static final String NAME = "([A-Za-z_][A-Za-z0-9_.:-]*)";

  /** A note's id in an attribute of its own: {@code @id}, {@code ./@id}. */
  private static final Pattern ATTRIBUTE_ID = Pattern.compile("(?:\\./)?@" + NAME);

  /** A note's id in a child element: {@code noteId}, {@code ./noteId}, {@code noteId/text()}. */
  private static final Pattern ELEMENT_ID =
      Pattern.compile("(?:\\./)?" + NAME + "(?:/text\\(\\))?");

  /** The longest attribute name compared with the id's. */
  private static final int MOST_NAME_CHARACTERS = 200;

  private final NoteLimits limits;
  private final List<String> notesPath;
  private final String idAttribute;
  private final String idElement;
  private int isolated;

  /**
   * @param notesAt the file's XPath of the notes: a plain absolute path of element names
   */
  XmlNoteStream(NoteLimits limits, String notesAt) {
    this(limits, notesAt, null);
  }

  /**
   * @param notesAt the file's XPath of the notes: a plain absolute path of element names
   * @param noteIdAt the file's XPath of a note's id, relative to the note; null when not known
   */
  XmlNoteStream(NoteLimits limits, String notesAt, String noteIdAt) {
    this.limits = limits;
    this.notesPath = List.of(notesAt.substring(1).split("/"));
    this.idAttribute = own(ATTRIBUTE_ID, noteIdAt);
    this.idElement = own(ELEMENT_ID, noteIdAt);
  }

  /** The name of the note's own attribute or child element the id's XPath names, else null. */
  private static String own(Pattern pattern, String noteIdAt) {
    Matcher matcher = pattern.matcher(noteIdAt == null ? "" : noteIdAt.strip());
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** Whether the notes' XPath is a plain path of names, which this reader can follow. */
  static boolean follows(String notesAt) {
    return notesAt.matches("(/[A-Za-z_][A-Za-z0-9_.-]*)+");
  }

  /** How many poison notes the page read had cut out. */
  int isolated() {
    return isolated;
  }

  /**
   * @return the page without its poison notes, as UTF-8
   * @throws MalformedPageException when the markup is broken outside the notes, what is read passes
   *     the answer limit, or what is kept passes the page limit ({@link PageTooLargeException})
   */
  byte[] read(InputStream body) {
    KeptBytes bytes = new KeptBytes(body, limits.mostNoteBytes(), limits.mostPageBytes());
    Scanner in = new Scanner(bytes, limits.mostAnswerBytes());
    List<String> path = new ArrayList<>();
    long noteStart = -1;
    int noteDepth = 0;
    String reason = null;
    XmlNoteId id = new XmlNoteId();
    boolean inId = false;
    try {
      for (int b = in.next(); b >= 0; b = in.next()) {
        if (b != '<') {
          if (inId) {
            id.add(b);
          }
          continue;
        }
        long tagStart = in.offset() - 1;
        int c = in.next();
        if (inId) {
          inId = false;
          id.end(c == '/');
        }
        if (c == '!') {
          skipDeclaration(in, noteStart >= 0);
        } else if (c == '?') {
          in.skipPast("?>");
        } else if (c == '/') {
          in.skipPast(">");
          if (noteStart >= 0) {
            noteDepth--;
          } else if (!path.isEmpty()) {
            path.remove(path.size() - 1);
          }
        } else if (c >= 0) {
          StringBuilder name = new StringBuilder();
          name.append((char) c);
          boolean mayBeNote = noteStart < 0 && atNotes(path);
          if (mayBeNote) {
            id.clear();
          }
          boolean selfClosing =
              in.readTag(name, mayBeNote ? named -> noteStarts(named, tagStart, bytes) : null, id);
          if (noteStart >= 0) {
            if (!selfClosing) {
              noteDepth++;
              if (reason == null && noteDepth > limits.mostNoteDepth()) {
                reason =
                    "the note nests more than "
                        + limits.mostNoteDepth()
                        + " deep (iro.screen.most-note-depth)";
                bytes.dropNote();
              }
              if (noteDepth == 2
                  && reason == null
                  && !bytes.overflowed()
                  && id.isEmpty()
                  && name.toString().equals(idElement)) {
                inId = true;
              }
            }
          } else if (mayBeNote && name.toString().equals(noteName())) {
            noteStart = tagStart;
            noteDepth = selfClosing ? 0 : 1;
          } else if (!selfClosing) {
            path.add(name.toString());
            if (path.size() > limits.mostNoteDepth()) {
              throw new MalformedPageException(
                  "the page nests more than " + limits.mostNoteDepth() + " deep outside its notes");
            }
          }
        }
        if (noteStart >= 0 && noteDepth == 0) {
          long end = in.offset();
          if (reason == null && (bytes.overflowed() || end - noteStart > limits.mostNoteBytes())) {
            reason = overSize();
            bytes.dropNote();
          }
          if (reason != null) {
            isolated++;
          }
          bytes.noteEnds(end, marker(reason, id.text()));
          noteStart = -1;
          reason = null;
        }
        if (reason == null && noteStart >= 0 && bytes.overflowed()) {
          reason = overSize();
        }
        if (bytes.keptBefore(in.offset()) > limits.mostPageBytes()) {
          throw new PageTooLargeException(limits.mostPageBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the page could not be read to its end", e);
    }
    if (noteStart >= 0) {
      throw new MalformedPageException("the page is not XML: it ends inside a note");
    }
    if (bytes.keptBefore(bytes.readSoFar()) > limits.mostPageBytes()) {
      throw new PageTooLargeException(limits.mostPageBytes());
    }
    return bytes.kept();
  }

  /**
   * An element among the notes is named: when it is a note, the note starts at its start tag, so
   * that a start tag over the limit is cut out too.
   *
   * @return the attribute that holds the note's id, to be read; null when none is
   */
  private String noteStarts(String name, long tagStart, KeptBytes bytes) {
    if (!name.equals(noteName())) {
      return null;
    }
    bytes.noteStarts(tagStart);
    return idAttribute;
  }

  /** Whether an element opened here is among the notes, if its name is theirs. */
  private boolean atNotes(List<String> path) {
    return path.size() == notesPath.size() - 1 && path.equals(notesPath.subList(0, path.size()));
  }

  private String noteName() {
    return notesPath.get(notesPath.size() - 1);
  }

  /**
   * A comment, a CDATA section, or a declaration (refused outside the notes, as the parser does).
   */
  private static void skipDeclaration(Scanner in, boolean inNote) throws IOException {
    int c = in.next();
    if (c == '-') {
      in.skipPast("-->");
    } else if (c == '[') {
      in.skipPast("]]>");
    } else if (!inNote) {
      throw new MalformedPageException(
          "the page declares a document type (DOCTYPE), which is refused");
    } else {
      in.skipPast(">");
    }
  }

  private String overSize() {
    return "the note is over "
        + limits.mostNoteBytes()
        + " bytes (iro.screen.most-note-size): it is not read";
  }

  /**
   * The empty note element a note cut out leaves, its reason the marker's value, with the note's id
   * when it was read before the note turned poison.
   */
  private byte[] marker(String reason, String noteId) {
    if (reason == null) {
      return new byte[0];
    }
    return ("<"
            + noteName()
            + " "
            + XmlNotePages.ISOLATED
            + "=\""
            + reason
            + "\""
            + (noteId == null
                ? ""
                : " " + XmlNotePages.ISOLATED_ID + "=\"" + escaped(noteId) + "\"")
            + "/>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String escaped(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  /** The answer's bytes one by one, through a buffer, with the offset of the next. */
  private static final class Scanner {

    private final InputStream in;
    private final long mostBytes;
    private final byte[] buffer = new byte[8192];
    private int length;
    private int at;
    private long offset;

    Scanner(InputStream in, long mostBytes) {
      this.in = in;
      this.mostBytes = mostBytes;
    }

    int next() throws IOException {
      if (at == length) {
        length = in.read(buffer, 0, buffer.length);
        at = 0;
        if (length <= 0) {
          length = 0;
          return -1;
        }
      }
      if (++offset > mostBytes) {
        throw new MalformedPageException(
            "the answer is over "
                + mostBytes
                + " bytes (iro.screen.most-answer-size): it is not read to its end");
      }
      return buffer[at++] & 0xff;
    }

    long offset() {
      return offset;
    }

    void skipPast(String end) throws IOException {
      int matched = 0;
      while (matched < end.length()) {
        int c = next();
        if (c < 0) {
          throw new MalformedPageException("the page is not XML");
        }
        if (c == end.charAt(matched)) {
          matched++;
        } else {
          matched = c == end.charAt(0) ? 1 : 0;
        }
      }
    }

    /**
     * Reads a start tag to its end, its name into the builder (names are ASCII here: a name that is
     * not is still read to its end). Once the name is read, the element may be told it (a note then
     * starts); the value of the attribute it answers, if any, is read into the id's bytes.
     *
     * @param named told the name, answers the attribute of the id; null when not a note
     * @return whether it closes itself
     */
    boolean readTag(StringBuilder name, UnaryOperator<String> named, XmlNoteId id)
        throws IOException {
      boolean inName = true;
      String idAttribute = null;
      StringBuilder attribute = new StringBuilder();
      boolean inId = false;
      int quote = 0;
      int last = 0;
      for (int c = next(); c >= 0; c = next()) {
        if (inName && c != '/' && c != '>' && !Character.isWhitespace(c)) {
          name.append((char) c);
          last = c;
          continue;
        }
        if (inName) {
          inName = false;
          idAttribute = named == null ? null : named.apply(name.toString());
        }
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
            if (inId) {
              inId = false;
              id.end(true);
            }
            attribute.setLength(0);
          } else if (inId) {
            id.add(c);
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
          inId = idAttribute != null && id.isEmpty() && idAttribute.contentEquals(attribute);
        } else if (c == '>') {
          return last == '/';
        } else if (c != '='
            && c != '/'
            && !Character.isWhitespace(c)
            && attribute.length() <= MOST_NAME_CHARACTERS) {
          attribute.append((char) c);
        }
        last = c;
      }
      throw new MalformedPageException("the page is not XML");
    }
  }
}
