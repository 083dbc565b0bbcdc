package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * An HTTP source's answer is read as a page only when it can be one: the file's format, within the
 * size limit, not empty. The reasons name the type and the sizes and never quote the body.
 */
class HttpPageBodyTest {

  private static final long LIMIT = 1024;

  @Test
  void aJsonPageIsReadInTheCharsetItNames() {
    byte[] latin1 = "{\"items\":[\"café\"]}".getBytes(StandardCharsets.ISO_8859_1);

    String text =
        HttpPageBody.read(
            answer("application/json; charset=ISO-8859-1", new ByteArrayInputStream(latin1)),
            Source.Format.JSON,
            LIMIT);

    assertThat(text).isEqualTo("{\"items\":[\"café\"]}");
  }

  @Test
  void aPageWithoutAContentTypeIsReadAsUtf8() {
    assertThat(HttpPageBody.read(answer(null, stream("<page>é</page>")), Source.Format.XML, LIMIT))
        .isEqualTo("<page>é</page>");
  }

  @Test
  void aWebPageWhereJsonWasExpectedIsRefusedAsOneWithoutReadingIt() {
    CountingStream body = new CountingStream("<html><body>Sign in: secret-form</body></html>");

    assertThatThrownBy(
            () ->
                HttpPageBody.read(
                    answer("text/html; charset=utf-8", body), Source.Format.JSON, LIMIT))
        .isInstanceOf(MalformedPageException.class)
        .hasMessage(
            "the case system answered a web page (text/html) where JSON was expected: often a"
                + " sign-in or error page in front of the API")
        .hasMessageNotContaining("secret");
    assertThat(body.read).isZero();
    assertThat(body.closed).isTrue();
  }

  @Test
  void theOtherFormatOrAnotherTypeIsRefusedNamingTheType() {
    assertThatThrownBy(
            () ->
                HttpPageBody.read(
                    answer("application/json", stream("{}")), Source.Format.XML, LIMIT))
        .hasMessage("the case system answered application/json where XML was expected");
    assertThatThrownBy(
            () -> HttpPageBody.read(answer("text/plain", stream("{}")), Source.Format.JSON, LIMIT))
        .hasMessage("the case system answered text/plain where JSON was expected");
    assertThatThrownBy(
            () ->
                HttpPageBody.read(
                    answer("text/plain\r\nX-Injected: yes", stream("{}")),
                    Source.Format.JSON,
                    LIMIT))
        .hasMessage("the case system answered an unreadable content type where JSON was expected");
    assertThat(
            HttpPageBody.read(
                answer("application/vnd.council+xml", stream("<a/>")), Source.Format.XML, LIMIT))
        .isEqualTo("<a/>");
  }

  @Test
  void aPageDeclaredLargerThanTheLimitIsNotRead() {
    CountingStream body = new CountingStream("{}");
    Message in = answer("application/json", body);
    in.setHeader(Exchange.CONTENT_LENGTH, "5000000000");

    assertThatThrownBy(() -> HttpPageBody.read(in, Source.Format.JSON, LIMIT))
        .isInstanceOf(MalformedPageException.class)
        .hasMessage(
            "the page is 5000000000 bytes, over the limit of 1024 bytes"
                + " (iro.screen.most-page-size): it is not read");
    assertThat(body.read).isZero();
    assertThat(body.closed).isTrue();
  }

  @Test
  void aPageWithoutALengthIsReadNoFurtherThanTheLimit() {
    CountingStream body = new CountingStream("[" + " ".repeat(100_000) + "]");

    assertThatThrownBy(
            () -> HttpPageBody.read(answer("application/json", body), Source.Format.JSON, LIMIT))
        .hasMessage(
            "the page is over the limit of 1024 bytes (iro.screen.most-page-size): it is not read");
    assertThat(body.read).isLessThanOrEqualTo(LIMIT + 8192);
    assertThat(body.closed).isTrue();
  }

  @Test
  void anEmptyPageIsRefused() {
    for (Object empty : new Object[] {null, stream(""), stream("  \n"), new byte[0], ""}) {
      Message in = answer("application/json", null);
      in.setBody(empty);
      assertThatThrownBy(() -> HttpPageBody.read(in, Source.Format.JSON, LIMIT))
          .hasMessage("the case system answered an empty page where JSON was expected");
    }
  }

  private static Message answer(String contentType, Object body) {
    Message in = new DefaultExchange(new DefaultCamelContext()).getIn();
    if (contentType != null) {
      in.setHeader(Exchange.CONTENT_TYPE, contentType);
    }
    in.setBody(body);
    return in;
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Counts what is read from it and whether it was closed. */
  private static final class CountingStream extends InputStream {
    private final byte[] bytes;
    private int at;
    long read;
    boolean closed;

    CountingStream(String text) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (at >= bytes.length) {
        return -1;
      }
      read++;
      return bytes[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(len, bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      read += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }
}
