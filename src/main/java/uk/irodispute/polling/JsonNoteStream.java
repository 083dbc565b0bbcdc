package uk.irodispute.polling;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import uk.irodispute.systems.mapping.JsonNotePages;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * Reads a JSON page as a stream, note by note, with limits on each note: a note nested deeper than
 * its limit or larger than its limit is cut out of the page and its place taken by a marker ({@link
 * JsonNotePages#ISOLATED}) that the mapping keeps as an unreadable note at its position. Strings of
 * a note cut out are skipped, never held. The note's own id, when it came before the poison part,
 * goes with the marker ({@link CutOutIds}). The page kept is what the mapping reads.
 */
final class JsonNoteStream {

  /**
   * How deep a page may nest while a note too deep is skipped: each level costs the parser a little
   * memory, and past this the page itself is unreadable.
   */
  private static final int MOST_SKIPPED_DEPTH = 1_000_000;

  private static final JsonFactory IDS = new JsonFactory();

  private final NoteLimits limits;
  private final String idField;
  private int isolated;

  JsonNoteStream(NoteLimits limits) {
    this(limits, null);
  }

  /**
   * @param noteIdAt the JSON Pointer of a note's id, from the system file; null when not known
   */
  JsonNoteStream(NoteLimits limits, String noteIdAt) {
    this.limits = limits;
    this.idField = ownField(noteIdAt);
  }

  /** The name of the note's own field the id's pointer names ({@code /id}); else null. */
  private static String ownField(String noteIdAt) {
    if (noteIdAt == null || !noteIdAt.startsWith("/")) {
      return null;
    }
    JsonPointer pointer = JsonPointer.compile(noteIdAt);
    return pointer.tail() != null && pointer.tail().matches()
        ? pointer.getMatchingProperty()
        : null;
  }

  /**
   * @param notesAt the JSON Pointer of the page's list of notes
   * @return the page without its poison notes, as UTF-8
   * @throws MalformedPageException when the page is not JSON outside its notes, or what is kept of
   *     it is over the page limit ({@link PageTooLargeException})
   */
  byte[] read(InputStream body, String notesAt) {
    KeptBytes bytes = new KeptBytes(body, limits.mostNoteBytes(), limits.mostPageBytes());
    try (JsonParser parser = factory().createParser(bytes)) {
      JsonPointer notes = JsonPointer.compile(notesAt);
      Deque<String> path = new ArrayDeque<>();
      int depth = 0;
      int notesDepth = -1;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (notesDepth >= 0 && depth == notesDepth && token != JsonToken.END_ARRAY) {
          readNote(parser, bytes, token);
          checkPage(parser, bytes);
          continue;
        }
        switch (token) {
          case FIELD_NAME -> {
            if (!path.isEmpty()) {
              path.pop();
            }
            path.push(parser.currentName());
          }
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (depth > limits.mostNoteDepth()) {
              throw new MalformedPageException(
                  "the page nests more than " + limits.mostNoteDepth() + " deep outside its notes");
            }
            if (token == JsonToken.START_ARRAY
                && notesDepth < 0
                && pointer(path, depth).equals(notes.toString())) {
              notesDepth = depth;
            }
            if (token == JsonToken.START_OBJECT) {
              path.push("");
            }
          }
          case END_OBJECT, END_ARRAY -> {
            if (token == JsonToken.END_OBJECT && !path.isEmpty()) {
              path.pop();
            }
            if (depth == notesDepth) {
              notesDepth = -2;
            }
            depth--;
          }
          default -> {}
        }
        checkPage(parser, bytes);
      }
    } catch (StreamConstraintsException e) {
      if (String.valueOf(e.getMessage()).contains("ocument length")) {
        throw new MalformedPageException(
            "the answer is over "
                + limits.mostAnswerBytes()
                + " bytes (iro.screen.most-answer-size): it is not read to its end");
      }
      throw new MalformedPageException("the page is not JSON within the adapter's limits");
    } catch (JsonProcessingException e) {
      throw new MalformedPageException("the page is not JSON");
    } catch (IOException e) {
      throw new UncheckedIOException("the page could not be read to its end", e);
    }
    if (bytes.keptBefore(bytes.readSoFar()) > limits.mostPageBytes()) {
      throw new PageTooLargeException(limits.mostPageBytes());
    }
    return bytes.kept();
  }

  /**
   * Reads one note from its first token to its last, cutting it out when it passes a limit. A
   * scalar where a note should be is left to the mapping, which finds it is not a note.
   */
  private void readNote(JsonParser parser, KeptBytes bytes, JsonToken first) throws IOException {
    if (!first.isStructStart()) {
      return;
    }
    long start = parser.currentTokenLocation().getByteOffset();
    bytes.noteStarts(start);
    String reason = null;
    String noteId = null;
    long idStart = -1;
    boolean idNext = false;
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new MalformedPageException("the page ends inside a note");
      }
      if (idStart >= 0) {
        noteId = id(bytes, idStart, parser.currentTokenLocation().getByteOffset());
        idStart = -1;
      }
      if (idNext && reason == null && !bytes.overflowed() && isIdValue(token)) {
        idStart = parser.currentTokenLocation().getByteOffset();
      }
      idNext =
          first == JsonToken.START_OBJECT
              && depth == 1
              && token == JsonToken.FIELD_NAME
              && parser.currentName().equals(idField);
      if (token.isStructStart()) {
        depth++;
        if (reason == null && depth > limits.mostNoteDepth()) {
          reason =
              "the note nests more than "
                  + limits.mostNoteDepth()
                  + " deep (iro.screen.most-note-depth)";
          bytes.dropNote();
        }
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (reason == null && bytes.overflowed()) {
        reason = overSize();
      }
    }
    long end = parser.currentLocation().getByteOffset();
    if (reason == null && (bytes.overflowed() || end - start > limits.mostNoteBytes())) {
      reason = overSize();
      bytes.dropNote();
    }
    if (reason != null) {
      isolated++;
    }
    bytes.noteEnds(end, marker(reason, noteId));
  }

  private static boolean isIdValue(JsonToken token) {
    return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT;
  }

  /**
   * The id whose value starts at this offset, read from the bytes the parser has just passed (its
   * value is skipped by the parser, never held): null when it takes more than {@link
   * CutOutIds#MOST_BYTES}.
   */
  private static String id(KeptBytes bytes, long from, long to) throws IOException {
    byte[] value = to - from > CutOutIds.MOST_BYTES ? null : bytes.recent(from, to);
    if (value == null) {
      return null;
    }
    try (JsonParser parser = IDS.createParser(value)) {
      return isIdValue(parser.nextToken()) ? CutOutIds.usable(parser.getText()) : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** How many poison notes the page read had cut out. */
  int isolated() {
    return isolated;
  }

  private String overSize() {
    return "the note is over "
        + limits.mostNoteBytes()
        + " bytes (iro.screen.most-note-size): it is not read";
  }

  private void checkPage(JsonParser parser, KeptBytes bytes) {
    if (bytes.keptBefore(parser.currentLocation().getByteOffset()) > limits.mostPageBytes()) {
      throw new PageTooLargeException(limits.mostPageBytes());
    }
  }

  /** The marker a note cut out leaves: its reason, and its id when read before it turned poison. */
  private static byte[] marker(String reason, String noteId) {
    if (reason == null) {
      return new byte[0];
    }
    return ("{\""
            + JsonNotePages.ISOLATED
            + "\":\""
            + reason
            + "\""
            + (noteId == null
                ? ""
                : ",\""
                    + JsonNotePages.ISOLATED_ID
                    + "\":\""
                    + new String(JsonStringEncoder.getInstance().quoteAsString(noteId))
                    + "\"")
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON Pointer of an array opened at this depth, from the names seen on the way. */
  private static String pointer(Deque<String> path, int depth) {
    if (path.size() != depth - 1) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    path.descendingIterator()
        .forEachRemaining(
            name -> pointer.append('/').append(name.replace("~", "~0").replace("/", "~1")));
    return pointer.toString();
  }

  /**
   * The parser's own limits: the depth a skipped note may reach, the most read of one answer, and
   * the longest string held (a note's strings are skipped, not held, so these are the page's own,
   * such as its cursor).
   */
  private JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MOST_SKIPPED_DEPTH)
                .maxDocumentLength(limits.mostAnswerBytes())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.mostNoteBytes()))
                .build())
        .build();
  }
}
