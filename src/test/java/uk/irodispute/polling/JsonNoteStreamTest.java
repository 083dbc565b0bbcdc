package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.systems.mapping.JsonNotePages;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * A JSON page is read note by note: a note too deep or too large is cut out of the page, leaving a
 * marker with its reason at its place, and the notes around it are kept byte for byte.
 */
class JsonNoteStreamTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final NoteLimits LIMITS = new NoteLimits(1024, 8, 4096, 1L << 30);

  private static final String ISOLATED_ID = JsonNotePages.ISOLATED_ID.replace("/", "~1");

  @Test
  void aNoteNestedFarDeeperThanTheLimitIsCutOutAndTheNotesAroundItKept() throws Exception {
    String deep = "{\"id\":\"D\",\"body\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    JsonNoteStream stream = new JsonNoteStream(LIMITS);

    JsonNode page =
        read(stream, "{\"items\":[{\"id\":\"A\"}," + deep + ",{\"id\":\"B\"}],\"next\":\"c2\"}");

    assertThat(page.at("/items/0/id").asText()).isEqualTo("A");
    assertThat(page.at("/items/1/" + JsonNotePages.ISOLATED.replace("/", "~1")).asText())
        .isEqualTo("the note nests more than 8 deep (iro.screen.most-note-depth)");
    assertThat(page.at("/items/2/id").asText()).isEqualTo("B");
    assertThat(page.at("/next").asText()).isEqualTo("c2");
    assertThat(stream.isolated()).isEqualTo(1);
  }

  @Test
  void aNoteLargerThanTheLimitIsCutOutWithoutBeingHeld() throws Exception {
    InputStream body =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    stream("{\"items\":[{\"id\":\"A\"},{\"id\":\"H\",\"body\":\""),
                    new Repeated((byte) 'x', 50L * 1024 * 1024),
                    stream("\"},{\"id\":\"B\"}]}"))));
    JsonNoteStream reader = new JsonNoteStream(LIMITS);

    byte[] kept = reader.read(body, "/items");

    assertThat(kept.length).isLessThan(4096);
    JsonNode page = JSON.readTree(kept);
    assertThat(page.at("/items/1/" + JsonNotePages.ISOLATED.replace("/", "~1")).asText())
        .isEqualTo("the note is over 1024 bytes (iro.screen.most-note-size): it is not read");
    assertThat(page.at("/items/0/id").asText()).isEqualTo("A");
    assertThat(page.at("/items/2/id").asText()).isEqualTo("B");
  }

  @Test
  void aNoteCutOutKeepsTheIdItGaveBeforeItsPoisonPart() throws Exception {
    String deep = "{\"id\":\"D-1\",\"body\":" + "[".repeat(100) + "]".repeat(100) + "}";
    InputStream body =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    stream("{\"items\":[" + deep + ",{\"id\": 42 ,\"body\":\""),
                    new Repeated((byte) 'x', 5L * 1024 * 1024),
                    stream("\"},{\"id\":\"B\"}]}"))));
    JsonNoteStream reader = new JsonNoteStream(LIMITS, "/id");

    JsonNode page = JSON.readTree(reader.read(body, "/items"));

    assertThat(page.at("/items/0/" + ISOLATED_ID).asText()).isEqualTo("D-1");
    assertThat(page.at("/items/1/" + ISOLATED_ID).asText()).isEqualTo("42");
    assertThat(page.at("/items/2/id").asText()).isEqualTo("B");
  }

  @Test
  void aNoteCutOutWhoseIdComesAfterItsPoisonPartIsKnownByItsPositionOnly() throws Exception {
    String deep = "[".repeat(100) + "]".repeat(100);
    JsonNode page =
        read(
            new JsonNoteStream(LIMITS, "/id"),
            "{\"items\":[{\"body\":" + deep + ",\"id\":\"D-1\"},{\"id\":\"B\"}]}");

    assertThat(page.at("/items/0").has(JsonNotePages.ISOLATED)).isTrue();
    assertThat(page.at("/items/0").has(JsonNotePages.ISOLATED_ID)).isFalse();
  }

  @Test
  void aNestedIdAHugeIdOrAnIdThatIsNotAValueIsNotKept() throws Exception {
    String deep = "[".repeat(100) + "]".repeat(100);
    JsonNode nested =
        read(
            new JsonNoteStream(LIMITS, "/meta/id"),
            "{\"items\":[{\"meta\":{\"id\":\"M-1\"},\"body\":" + deep + "}]}");
    JsonNode notAValue =
        read(
            new JsonNoteStream(LIMITS, "/id"),
            "{\"items\":[{\"id\":{\"v\":\"O-1\"},\"body\":" + deep + "}]}");
    InputStream hugeId =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    stream("{\"items\":[{\"id\":\""),
                    new Repeated((byte) 'x', 50L * 1024 * 1024),
                    stream("\"},{\"id\":\"B\"}]}"))));
    JsonNode huge = JSON.readTree(new JsonNoteStream(LIMITS, "/id").read(hugeId, "/items"));

    assertThat(nested.at("/items/0").has(JsonNotePages.ISOLATED_ID)).isFalse();
    assertThat(notAValue.at("/items/0").has(JsonNotePages.ISOLATED_ID)).isFalse();
    assertThat(huge.at("/items/0").has(JsonNotePages.ISOLATED)).isTrue();
    assertThat(huge.at("/items/0").has(JsonNotePages.ISOLATED_ID)).isFalse();
    assertThat(huge.at("/items/1/id").asText()).isEqualTo("B");
  }

  @Test
  void aPageWhoseNotesTogetherPassThePageLimitIsRefusedAsTooLarge() {
    String note = "{\"id\":\"N\",\"body\":\"" + "y".repeat(900) + "\"}";
    String page = "{\"items\":[" + String.join(",", Collections.nCopies(6, note)) + "]}";

    assertThatThrownBy(() -> new JsonNoteStream(LIMITS).read(stream(page), "/items"))
        .isInstanceOf(PageTooLargeException.class);
  }

  @Test
  void theNotesListIsFoundByItsPointerAndNotesElsewhereAreLeftAlone() throws Exception {
    String deep = "[".repeat(20) + "]".repeat(20);
    JsonNode page =
        read(
            new JsonNoteStream(LIMITS),
            "{\"meta\":{\"items\":[1]},\"data\":{\"notes\":[" + deep + ",{\"id\":\"A\"}]}}");

    assertThat(page.at("/data/notes/0").isObject()).isTrue();
    assertThat(page.at("/data/notes/1/id").asText()).isEqualTo("A");
    assertThat(page.at("/meta/items/0").asInt()).isEqualTo(1);
  }

  @Test
  void anAnswerThatIsNotJsonIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(
            () -> new JsonNoteStream(LIMITS).read(stream("{\"items\":[{secret}]}"), "/items"))
        .isInstanceOf(MalformedPageException.class)
        .hasMessage("the page is not JSON");
  }

  private static JsonNode read(JsonNoteStream reader, String page) throws Exception {
    String notesAt = page.contains("\"data\"") ? "/data/notes" : "/items";
    return JSON.readTree(reader.read(stream(page), notesAt));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A byte repeated, never held. */
  private static final class Repeated extends InputStream {

    private final byte b;
    private long left;

    Repeated(byte b, long count) {
      this.b = b;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buffer, off, off + n, b);
      left -= n;
      return n;
    }
  }
}
