package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.systems.mapping.MalformedPageException;
import uk.irodispute.systems.mapping.XmlNotePages;

/**
 * An XML page is read note by note: a note element too deep or too large is cut out of the page,
 * leaving an empty note element with its reason, and the rest of the page is kept byte for byte.
 */
class XmlNoteStreamTest {

  private static final NoteLimits LIMITS = new NoteLimits(1024, 8, 4096, 1L << 30);

  private static final String NOTES_AT = "/observationPage/observation";

  @Test
  void aNoteNested100000DeepIsCutOutAndTheNotesAroundItKept() {
    String deep =
        "<observation id=\"D\">"
            + "<n>".repeat(100_000)
            + "</n>".repeat(100_000)
            + "</observation>";
    XmlNoteStream stream = new XmlNoteStream(LIMITS, NOTES_AT);

    String kept =
        read(
            stream,
            "<?xml version=\"1.0\"?><observationPage morePages=\"false\"><observation id=\"A\"/>"
                + deep
                + "<!-- a > comment --><observation id=\"B\"><t><![CDATA[<x>]]></t></observation>"
                + "</observationPage>");

    assertThat(kept)
        .isEqualTo(
            "<?xml version=\"1.0\"?><observationPage morePages=\"false\"><observation id=\"A\"/>"
                + "<observation "
                + XmlNotePages.ISOLATED
                + "=\"the note nests more than 8 deep (iro.screen.most-note-depth)\"/>"
                + "<!-- a > comment --><observation id=\"B\"><t><![CDATA[<x>]]></t></observation>"
                + "</observationPage>");
    assertThat(stream.isolated()).isEqualTo(1);
  }

  @Test
  void aNoteOf50MegabytesIsCutOutWithoutBeingHeld() {
    byte[] text = new byte[50 * 1024 * 1024];
    Arrays.fill(text, (byte) 'x');
    InputStream body =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    stream("<observationPage><observation id=\"H\"><text>"),
                    new ByteArrayInputStream(text),
                    stream("</text></observation><observation id=\"B\"/></observationPage>"))));

    String kept =
        new String(new XmlNoteStream(LIMITS, NOTES_AT).read(body), StandardCharsets.UTF_8);

    assertThat(kept)
        .isEqualTo(
            "<observationPage><observation "
                + XmlNotePages.ISOLATED
                + "=\"the note is over 1024 bytes (iro.screen.most-note-size): it is not read\"/>"
                + "<observation id=\"B\"/></observationPage>");
  }

  @Test
  void aNoteCutOutKeepsTheIdAttributeOfItsStartTag() {
    String deep = "<n>".repeat(100) + "</n>".repeat(100);

    String kept =
        read(
            new XmlNoteStream(LIMITS, NOTES_AT, "@id"),
            "<observationPage><observation kind=\"a\" id=\"D&amp;1\">"
                + deep
                + "</observation></observationPage>");

    assertThat(kept)
        .isEqualTo(
            "<observationPage><observation "
                + XmlNotePages.ISOLATED
                + "=\"the note nests more than 8 deep (iro.screen.most-note-depth)\" "
                + XmlNotePages.ISOLATED_ID
                + "=\"D&amp;1\"/></observationPage>");
  }

  @Test
  void aNoteCutOutKeepsTheIdElementThatCameBeforeItsPoisonPart() {
    String huge = "<text>" + "x".repeat(50_000) + "</text>";

    String kept =
        read(
            new XmlNoteStream(LIMITS, NOTES_AT, "noteId"),
            "<observationPage><observation><noteId>N-1</noteId>"
                + huge
                + "</observation></observationPage>");

    assertThat(kept).contains(XmlNotePages.ISOLATED_ID + "=\"N-1\"");
  }

  @Test
  void aNoteCutOutWhoseIdComesAfterItsPoisonPartIsKnownByItsPositionOnly() {
    String deep = "<n>".repeat(100) + "</n>".repeat(100);

    String kept =
        read(
            new XmlNoteStream(LIMITS, NOTES_AT, "noteId/text()"),
            "<observationPage><observation>"
                + deep
                + "<noteId>N-1</noteId></observation><observation><noteId>B</noteId>"
                + "</observation></observationPage>");

    assertThat(kept)
        .isEqualTo(
            "<observationPage><observation "
                + XmlNotePages.ISOLATED
                + "=\"the note nests more than 8 deep (iro.screen.most-note-depth)\"/>"
                + "<observation><noteId>B</noteId></observation></observationPage>");
  }

  @Test
  void aNestedIdOrAHugeIdIsNotKept() {
    String deep = "<n>".repeat(100) + "</n>".repeat(100);
    String nested =
        read(
            new XmlNoteStream(LIMITS, NOTES_AT, "meta/noteId"),
            "<observationPage><observation><meta><noteId>M-1</noteId></meta>"
                + deep
                + "</observation></observationPage>");
    String huge =
        read(
            new XmlNoteStream(LIMITS, NOTES_AT, "@id"),
            "<observationPage><observation id=\""
                + "x".repeat(50_000)
                + "\"></observation><observation id=\"B\"/></observationPage>");

    assertThat(nested).contains(XmlNotePages.ISOLATED).doesNotContain(XmlNotePages.ISOLATED_ID);
    assertThat(huge)
        .isEqualTo(
            "<observationPage><observation "
                + XmlNotePages.ISOLATED
                + "=\"the note is over 1024 bytes (iro.screen.most-note-size): it is not read\"/>"
                + "<observation id=\"B\"/></observationPage>");
  }

  @Test
  void anElementBesideTheNotesIsKeptWholeWhateverTheNoteLimit() {
    String page =
        "<observationPage><observation id=\"A\"/><paging next=\""
            + "c".repeat(20_000)
            + "\"/></observationPage>";

    String kept = read(new XmlNoteStream(new NoteLimits(1024, 8, 65536, 1L << 30), NOTES_AT), page);

    assertThat(kept).isEqualTo(page);
  }

  @Test
  void aPageWhoseNotesTogetherPassThePageLimitIsRefusedAsTooLarge() {
    String note = "<observation><text>" + "y".repeat(900) + "</text></observation>";
    String page = "<observationPage>" + note.repeat(6) + "</observationPage>";

    assertThatThrownBy(() -> new XmlNoteStream(LIMITS, NOTES_AT).read(stream(page)))
        .isInstanceOf(PageTooLargeException.class);
  }

  @Test
  void aDocumentTypeIsRefusedAsTheParserRefusesIt() {
    assertThatThrownBy(
            () ->
                new XmlNoteStream(LIMITS, NOTES_AT)
                    .read(stream("<!DOCTYPE x [<!ENTITY e \"e\">]><observationPage/>")))
        .isInstanceOf(MalformedPageException.class)
        .hasMessage("the page declares a document type (DOCTYPE), which is refused");
  }

  @Test
  void onlyAPlainPathOfNamesIsFollowed() {
    assertThat(XmlNoteStream.follows(NOTES_AT)).isTrue();
    assertThat(XmlNoteStream.follows("//observation")).isFalse();
    assertThat(XmlNoteStream.follows("/page/observation[@kind='x']")).isFalse();
  }

  private static String read(XmlNoteStream stream, String page) {
    return new String(stream.read(stream(page)), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
