package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.OAuth2Tokens;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.Watermark;
import uk.irodispute.store.Watermarks;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * Each page's request carries the poll values where the system file puts them: in the query, the
 * path and the headers, with key paging sending the last key seen.
 */
class PollRequestTest {

  @TempDir Path folder;

  @Test
  void keyPagingSendsTheStoredLastKeyAndFillsPathAndHeaders() throws IOException {
    SystemDefinition system =
        load(
            text ->
                text.replace("cursor: \"{{cursor}}\"", "after: \"{{afterKey}}\"")
                    .replace(
                        "path: /casenotes\n  query:", "path: /casenotes/{{pageSize}}\n  query:")
                    .replace(
                        "paging: {kind: cursor, nextAt: /nextCursor}",
                        "paging: {kind: key}\n  headers: {X-Page-Size: \"{{pageSize}}\"}"));
    Exchange exchange =
        firstRequest(system, new Watermark(Instant.parse("2026-11-02T10:00:00Z"), "400007", null));

    assertThat(exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class))
        .contains("after=400007")
        .contains("modifiedSince=2026-11-02T09%3A59%3A59Z");
    assertThat(exchange.getIn().getHeader(Exchange.HTTP_URI, String.class))
        .endsWith("/casenotes/50");
    assertThat(exchange.getIn().getHeader("X-Page-Size", String.class)).isEqualTo("50");
  }

  @Test
  void aValueNotKnownYetLeavesItsParameterOut() throws IOException {
    SystemDefinition system = load(text -> text);
    Exchange exchange = firstRequest(system, Watermark.NONE);

    assertThat(exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class))
        .doesNotContain("cursor")
        .contains("limit=50")
        .contains("type=IRO_DRP");
  }

  private SystemDefinition load(java.util.function.UnaryOperator<String> edit) throws IOException {
    Path file = folder.resolve("lcs-api.yaml");
    Files.writeString(file, edit.apply(Files.readString(Path.of("mappings/systems/lcs-api.yaml"))));
    return ShippedSystems.loader().load(file);
  }

  private Exchange firstRequest(SystemDefinition system, Watermark stored) {
    Watermarks watermarks =
        new Watermarks(null, Clock.systemUTC()) {
          @Override
          public Watermark get(String systemId) {
            return stored;
          }
        };
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
    PollCycle cycle =
        new PollCycle(
            new SystemRegistry(List.of(system)),
            watermarks,
            new NotePages(
                null,
                Clock.systemUTC(),
                new NoteLookups(null, null, PollEvents.NONE, 0),
                new SqlNoteLookups(PollEvents.NONE)),
            new AuthHeaders(new OAuth2Tokens(null, null, clock, new Redaction())) {
              @Override
              public Optional<String> authorization(
                  String systemId, uk.irodispute.systems.Auth auth) {
                return Optional.empty();
              }
            },
            new SourceHealth(clock),
            new NoteScreening(
                new SystemRegistry(List.of(system)),
                ScreenSettingsTest.defaults(),
                new DeadLetters(null, clock),
                (note, code, reason) -> false,
                note -> false,
                clock,
                PollEvents.NONE),
            clock,
            new FailureText(new Redaction()),
            PollEvents.NONE);
    Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    exchange.setProperty(PollCycle.SYSTEM, system.id());
    cycle.begin(exchange);
    cycle.prepareHttp(exchange);
    return exchange;
  }
}
