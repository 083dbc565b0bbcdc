package uk.irodispute.polling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.irodispute.systems.mapping.MalformedPageException;
import uk.irodispute.systems.mapping.XmlNotePages;

/**
 * Reads an XML page as a stream of bytes, note by note, with limits on each note: a note element
 * nested deeper than its limit or larger than its limit is cut out of the page and its place taken
 * by an empty element of the note's name marked {@link XmlNotePages#ISOLATED}, which the mapping
 * keeps as an unreadable note at its position. The page kept is then parsed as before ({@code
 * SecureXml}: no document type, no entities). Only the markup's structure is read here (tags,
 * comments, CDATA, processing instructions), byte by byte: the characters that make it are ASCII,
 * which no other UTF-8 character contains. The notes are the elements the file's {@code notesAt}
 * names as a plain path ({@code /observationPage/observation}).
 */
final class XmlNoteStream {

  private final NoteLimits limits;
  private final List<String> notesPath;
  private int isolated;

  /**
   * @param notesAt the file's XPath of the notes: a plain absolute path of element names
   */
  XmlNoteStream(NoteLimits limits, String notesAt) {
    this.limits = limits;
    this.notesPath = List.of(notesAt.substring(1).split("/"));
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
    try {
      for (int b = in.next(); b >= 0; b = in.next()) {
        if (b != '<') {
          continue;
        }
        long tagStart = in.offset() - 1;
        int c = in.next();
        if (c == '!') {
          skipDeclaration(in, noteStart >= 0);
        } else if (c == '?') {
          in.skipPast("?>");
        } else if (c == '/') {
          in.skipPast(">");
          if (noteStart >= 0) {
            noteDepth--;
            if (noteDepth == 0) {
              long end = in.offset();
              if (reason == null
                  && (bytes.overflowed() || end - noteStart > limits.mostNoteBytes())) {
                reason = overSize();
                bytes.dropNote();
              }
              if (reason != null) {
                isolated++;
              }
              bytes.noteEnds(end, marker(reason));
              noteStart = -1;
              reason = null;
            }
          } else if (!path.isEmpty()) {
            path.remove(path.size() - 1);
          }
        } else if (c >= 0) {
          StringBuilder name = new StringBuilder();
          name.append((char) c);
          boolean selfClosing = in.readTag(name);
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
            }
          } else if (isNote(path, name.toString())) {
            if (!selfClosing) {
              noteStart = tagStart;
              noteDepth = 1;
              bytes.noteStarts(tagStart);
            }
          } else if (!selfClosing) {
            path.add(name.toString());
            if (path.size() > limits.mostNoteDepth()) {
              throw new MalformedPageException(
                  "the page nests more than " + limits.mostNoteDepth() + " deep outside its notes");
            }
          }
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

  private boolean isNote(List<String> path, String name) {
    return path.size() == notesPath.size() - 1
        && path.equals(notesPath.subList(0, path.size()))
        && name.equals(notesPath.get(notesPath.size() - 1));
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

  /** The empty note element a note cut out leaves, its reason the marker's value. */
  private byte[] marker(String reason) {
    if (reason == null) {
      return new byte[0];
    }
    return ("<"
            + notesPath.get(notesPath.size() - 1)
            + " "
            + XmlNotePages.ISOLATED
            + "=\""
            + reason
            + "\"/>")
        .getBytes(StandardCharsets.UTF_8);
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
     * not is still read to its end).
     *
     * @return whether it closes itself
     */
    boolean readTag(StringBuilder name) throws IOException {
      boolean inName = true;
      int quote = 0;
      int last = 0;
      for (int c = next(); c >= 0; c = next()) {
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          return last == '/';
        }
        if (inName && (c == '/' || c == '>' || Character.isWhitespace(c))) {
          inName = false;
        } else if (inName) {
          name.append((char) c);
        }
        last = c;
      }
      throw new MalformedPageException("the page is not XML");
    }
  }
}
