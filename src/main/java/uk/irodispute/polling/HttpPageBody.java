package uk.irodispute.polling;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import uk.irodispute.core.note.NoteText;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * Reads an HTTP source's answer as a page of text, refusing before reading what it cannot be: a
 * content type other than the file's format (an HTML sign-in page in front of a JSON API), a body
 * larger than the limit (by its Content-Length, or as it is read), an empty body. The poll route
 * hands over the raw stream ({@code disableStreamCache=true}, no stream caching), so a body over
 * the limit is never held in memory: the connection is dropped instead. Reasons name the type and
 * the sizes, never the body.
 */
final class HttpPageBody {

  private static final int MOST_TYPE_CHARACTERS = 80;

  private HttpPageBody() {}

  /**
   * @param in the HTTP answer, status already checked
   * @param format what the system file says the source answers
   * @param mostBytes the largest body taken
   * @throws MalformedPageException naming what is wrong
   */
  static String read(Message in, Source.Format format, long mostBytes) {
    Object body = in.getBody();
    try {
      checkType(in.getHeader(Exchange.CONTENT_TYPE, String.class), format);
      Long declared = declaredLength(in.getHeader(Exchange.CONTENT_LENGTH, String.class));
      if (declared != null && declared > mostBytes) {
        throw tooLarge(declared, mostBytes);
      }
      byte[] bytes = bytes(body, mostBytes);
      String text = new String(bytes, charset(in.getHeader(Exchange.CONTENT_TYPE, String.class)));
      if (text.isBlank()) {
        throw new MalformedPageException(
            "the case system answered an empty page where " + format + " was expected");
      }
      return text;
    } catch (RuntimeException e) {
      discard(body);
      throw e;
    } finally {
      close(body);
    }
  }

  /**
   * Reads a JSON answer note by note ({@link JsonNoteStream}): a poison note is cut out of the page
   * it returns, never held. An answer in a charset other than UTF-8 is read whole within the page
   * limit first, as before.
   *
   * @param notesAt the JSON Pointer of the page's list of notes
   * @param noteIdAt the JSON Pointer of a note's id: a poison note's own id is kept when read
   * @throws MalformedPageException naming what is wrong
   */
  static StreamedPage readJson(Message in, String notesAt, String noteIdAt, NoteLimits limits) {
    JsonNoteStream notes = new JsonNoteStream(limits, noteIdAt);
    return noteByNote(
        in, Source.Format.JSON, limits, stream -> notes.read(stream, notesAt), notes::isolated);
  }

  /**
   * A page read note by note.
   *
   * @param text the page without its poison notes, each replaced by a marker
   * @param isolated how many poison notes were cut out
   */
  record StreamedPage(String text, int isolated) {}

  /**
   * Reads an XML answer note by note ({@link XmlNoteStream}), as {@link #readJson} does JSON. An
   * answer in a charset other than UTF-8 is read whole within the page limit first.
   *
   * @param notesAt the plain path of the page's note elements
   * @param noteIdAt the XPath of a note's id: a poison note's own id is kept when read
   * @throws MalformedPageException naming what is wrong
   */
  static StreamedPage readXml(Message in, String notesAt, String noteIdAt, NoteLimits limits) {
    XmlNoteStream notes = new XmlNoteStream(limits, notesAt, noteIdAt);
    return noteByNote(in, Source.Format.XML, limits, notes::read, notes::isolated);
  }

  /**
   * Reads an answer through a note-by-note reader, within the answer's size limit. An answer in a
   * charset other than UTF-8 is read whole within the page limit first.
   */
  private static StreamedPage noteByNote(
      Message in,
      Source.Format format,
      NoteLimits limits,
      Function<InputStream, byte[]> read,
      IntSupplier isolated) {
    Object body = in.getBody();
    try {
      String contentType = in.getHeader(Exchange.CONTENT_TYPE, String.class);
      checkType(contentType, format);
      Long declared = declaredLength(in.getHeader(Exchange.CONTENT_LENGTH, String.class));
      if (declared != null && declared > limits.mostAnswerBytes()) {
        throw tooLarge(declared, limits.mostAnswerBytes(), "iro.screen.most-answer-size");
      }
      Charset charset = charset(contentType);
      InputStream stream =
          charset.equals(StandardCharsets.UTF_8)
              ? stream(body)
              : new ByteArrayInputStream(
                  new String(bytes(body, limits.mostPageBytes()), charset)
                      .getBytes(StandardCharsets.UTF_8));
      String text = new String(read.apply(stream), StandardCharsets.UTF_8);
      if (text.isBlank()) {
        throw new MalformedPageException(
            "the case system answered an empty page where " + format.name() + " was expected");
      }
      return new StreamedPage(text, isolated.getAsInt());
    } catch (RuntimeException e) {
      discard(body);
      throw e;
    } finally {
      close(body);
    }
  }

  private static InputStream stream(Object body) {
    if (body == null) {
      return InputStream.nullInputStream();
    }
    if (body instanceof byte[] b) {
      return new ByteArrayInputStream(b);
    }
    if (body instanceof String s) {
      return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
    if (body instanceof InputStream stream) {
      return stream;
    }
    throw new MalformedPageException(
        "the answer's body is a " + body.getClass().getSimpleName() + ", not text");
  }

  /** Drops an answer not read: its connection is closed rather than read to the end. */
  static void discard(Object body) {
    if (body instanceof EofSensorInputStream sensed) {
      try {
        sensed.abort();
      } catch (IOException e) {
        // the connection is gone either way
      }
    }
    close(body);
  }

  private static void checkType(String contentType, Source.Format format) {
    if (contentType == null || contentType.isBlank()) {
      return;
    }
    String type = mediaType(contentType);
    String expected = format == Source.Format.JSON ? "json" : "xml";
    if (type.contains(expected)) {
      return;
    }
    if (type.contains("html")) {
      throw new MalformedPageException(
          "the case system answered a web page ("
              + type
              + ") where "
              + format
              + " was expected: often a sign-in or error page in front of the API");
    }
    throw new MalformedPageException(
        "the case system answered " + type + " where " + format + " was expected");
  }

  /** The type without its parameters, in lower case, one line, cut short. */
  private static String mediaType(String contentType) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (NoteText.hasControlCharacter(type) || type.length() > MOST_TYPE_CHARACTERS) {
      return "an unreadable content type";
    }
    return type;
  }

  private static Long declaredLength(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static byte[] bytes(Object body, long mostBytes) {
    if (body == null) {
      return new byte[0];
    }
    if (body instanceof byte[] b) {
      if (b.length > mostBytes) {
        throw tooLarge((long) b.length, mostBytes);
      }
      return b;
    }
    if (body instanceof String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if (b.length > mostBytes) {
        throw tooLarge((long) b.length, mostBytes);
      }
      return b;
    }
    if (!(body instanceof InputStream stream)) {
      throw new MalformedPageException(
          "the answer's body is a " + body.getClass().getSimpleName() + ", not text");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
        if (out.size() + (long) n > mostBytes) {
          throw tooLarge(null, mostBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the page could not be read to its end", e);
    }
    return out.toByteArray();
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").strip());
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * @param size the body's size when known
   */
  private static MalformedPageException tooLarge(Long size, long mostBytes) {
    return tooLarge(size, mostBytes, "iro.screen.most-page-size");
  }

  private static MalformedPageException tooLarge(Long size, long mostBytes, String setting) {
    return new MalformedPageException(
        "the page is "
            + (size == null ? "" : size + " bytes, ")
            + "over the limit of "
            + mostBytes
            + " bytes ("
            + setting
            + "): it is not read");
  }

  private static void close(Object body) {
    if (body instanceof InputStream stream) {
      try {
        stream.close();
      } catch (IOException e) {
        // nothing more to read from it
      }
    }
  }
}
