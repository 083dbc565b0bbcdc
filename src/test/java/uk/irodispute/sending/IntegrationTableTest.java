package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.OAuth2Tokens;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.mappings.PlaceholderResolver;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.mappings.SystemFileLoader;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * A row for the reporting database's integration table goes in through the shipped file's insert
 * with every value bound, never spliced into the statement: quotes, comment marks and statements in
 * values arrive as they were written.
 */
class IntegrationTableTest {

  @Test
  void sqlInValuesIsStoredAsTextAndRunsNothing() throws Exception {
    String url = "jdbc:h2:mem:integration-table-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcTemplate table = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    table.execute(
        "CREATE TABLE IRO_DRP_NOTES_IMPORT (IMPORT_KEY VARCHAR(400) PRIMARY KEY,"
            + " DIM_PERSON_ID BIGINT, NOTE_KIND VARCHAR(400), AUTHOR_ROLE VARCHAR(400),"
            + " DISPUTE_REF VARCHAR(400), STAGE_NAME VARCHAR(400), DUE_TEXT VARCHAR(400),"
            + " NOTE_TEXT VARCHAR(4000))");
    Map<String, String> env = new HashMap<>(ShippedSystems.ENVIRONMENT);
    env.put("LCS_REPORTING_JDBC_URL", url);
    SystemDefinition reporting =
        new SystemFileLoader(ShippedSystems.protocols(), PlaceholderResolver.from(env::get))
            .load(Path.of("mappings/systems/lcs-reporting.yaml"));
    Map<String, String> values =
        Map.of(
            "idempotencyKey", "DRP-2026-000042/1/1/note'",
            "personId", "1001",
            "kind", "query'); DROP TABLE IRO_DRP_NOTES_IMPORT; --",
            "authorRole", "O'Brien \"Chair\"",
            "reference", "DRP-2026-000042",
            "stageName", "Stage 1 \\ ' ; --",
            "dueInWords", "Robert'); DELETE FROM IRO_DRP_NOTES_IMPORT;--",
            "text", "' OR '1'='1");

    try (var camel = new DefaultCamelContext();
        var connections = new SystemConnections(camel)) {
      var sending =
          new OutboxSending(
              new HeldClaims(),
              new SystemRegistry(List.of(reporting)),
              connections,
              noAuth(),
              Clock.systemUTC(),
              new FailureText(new Redaction()),
              10,
              DeliveryEvents.NONE);
      camel.addRoutes(
          new RouteBuilder() {
            @Override
            public void configure() {
              from("direct:table")
                  .bean(sending, "prepare")
                  .toD("sql:insert?dataSource=#${exchangeProperty.deliveryDataSource}");
            }
          });
      camel.start();
      var row =
          new Delivery.TableRow(
              values.get("idempotencyKey"), "DRP-2026-000042", "lcs-reporting", values);
      camel
          .createProducerTemplate()
          .sendBody(
              "direct:table",
              new OutboxItem(
                  1, row.idempotencyKey(), row.reference(), row.systemId(), row, 1, null));
    }

    Map<String, Object> stored = table.queryForMap("SELECT * FROM IRO_DRP_NOTES_IMPORT");
    assertThat(stored)
        .containsEntry("IMPORT_KEY", values.get("idempotencyKey"))
        .containsEntry("DIM_PERSON_ID", 1001L)
        .containsEntry("NOTE_KIND", values.get("kind"))
        .containsEntry("AUTHOR_ROLE", values.get("authorRole"))
        .containsEntry("STAGE_NAME", values.get("stageName"))
        .containsEntry("DUE_TEXT", values.get("dueInWords"))
        .containsEntry("NOTE_TEXT", values.get("text"));
    assertThat(table.queryForObject("SELECT COUNT(*) FROM IRO_DRP_NOTES_IMPORT", Integer.class))
        .isEqualTo(1);
  }

  private static AuthHeaders noAuth() {
    return new AuthHeaders(new OAuth2Tokens(null, null, Clock.systemUTC(), new Redaction())) {
      @Override
      public Optional<String> authorization(String systemId, uk.irodispute.systems.Auth auth) {
        return Optional.empty();
      }
    };
  }
}
