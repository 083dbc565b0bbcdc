package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.UncheckedNote;

/**
 * The metrics after a run on the sandbox, scraped from {@code /actuator/prometheus} in a context of
 * its own (its counters start at nothing): notes polled, mapped, taken by outcome and reason code,
 * kept as dead letters; disputes opened, escalated, resolved, reminded and breached by protocol and
 * stage; deliveries, attempts and failures by target; poll durations; the outbox and dead-letter
 * gauges. Each value is checked against what the adapter's database holds, and no label carries a
 * person, a dispute reference or free text.
 */
@AutoConfigureObservability(tracing = false)
class MetricsEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final Map<String, String> ON_LCS = Map.of("system", "lcs-api");

  /** The event types counted, with their meter (and breach kind). */
  private static final Map<String, String[]> COUNTED =
      Map.of(
          "RAISED", new String[] {"iro_disputes_opened_total", null},
          "ESCALATED", new String[] {"iro_disputes_escalated_total", null},
          "RESOLVED", new String[] {"iro_disputes_resolved_total", null},
          "REMINDER_SENT", new String[] {"iro_dispute_reminders_total", null},
          "STAGE_BREACHED", new String[] {"iro_dispute_breaches_total", "stage_due"},
          "STAGE_LIMIT_REACHED", new String[] {"iro_dispute_breaches_total", "stage_limit"},
          "CAP_REACHED", new String[] {"iro_dispute_breaches_total", "cap"});

  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:metrics-test;DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  void aRunsNotesDisputesAndDeliveriesAreCountedAsTheDatabaseHoldsThem() throws Exception {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    RecordedNote raised =
        sandbox.record(NoteRequest.in(LCS, "2001").action("raise").answer("track", "LAC").build());
    sandbox.record(NoteRequest.in(LCS, "2004").action("raise").answer("track", "CP").build());
    sandbox.recordUnchecked(
        UncheckedNote.in(LCS, sandbox.roster(LCS).worker("W2105"))
            .noteId("M-NO-ACTION")
            .about("2002")
            .caseId("C-2002")
            .text("An invented dispute note that names no action.")
            .build());
    sandbox.record(
        NoteRequest.in(LCS, "2003")
            .action("escalate")
            .answer("reference", "DRP-2026-999999")
            .build());
    sandbox.recordUnchecked(
        UncheckedNote.in(LCS, sandbox.roster(LCS).worker("W2105"))
            .noteId("M-LARGE")
            .about("2005")
            .caseId("C-2005")
            .action("raise")
            .answer("track", "LAC")
            .text("x".repeat(70_000))
            .build());
    sandbox.faults(LCS).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));
    poll(LCS);
    deliver();
    clock.advance(Duration.ofMinutes(5));
    deliver();

    clock.set(Instant.parse("2026-11-17T10:00:00Z"));
    sandbox.edit(LCS, raised.noteId(), Map.of("reason", "Invented, edited later"), "Edited.");
    sandbox.record(NoteRequest.in(LCS, "2001").action("escalate").build());
    poll(LCS);
    deliver();
    clock.set(Instant.parse("2026-11-18T10:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, "2001").action("satisfied").build());
    sandbox.record(NoteRequest.in(LCS, "2004").by(Post.SOCIAL_WORKER).action("respond").build());
    poll(LCS);
    deliver();
    clock.set(Instant.parse("2026-12-18T10:00:00Z"));
    tick();
    poll(LCS);
    deliver();

    PrometheusScrape scrape = new PrometheusScrape(scrapeText());

    double polled = scrape.sum("iro_notes_polled_total", ON_LCS);
    assertThat(polled).as("every note recorded was read").isGreaterThanOrEqualTo(8);
    assertThat(scrape.sum("iro_notes_mapped_total", ON_LCS)).isEqualTo(polled);
    assertThat(
            scrape.sum(
                "iro_notes_dead_lettered_total",
                Map.of("system", "lcs-api", "reason", "note_too_large")))
        .isEqualTo(1);
    for (String outcome : List.of("APPLIED", "RECORDED_ONLY", "REJECTED", "IGNORED")) {
      assertThat(
              scrape.sum(
                  "iro_notes_taken_total",
                  Map.of("system", "lcs-api", "outcome", outcome.toLowerCase(Locale.ROOT))))
          .as(outcome)
          .isEqualTo(
              count(
                  "SELECT COUNT(*) FROM processed_notes WHERE system_id = 'lcs-api'"
                      + " AND outcome = ?",
                  outcome));
    }
    assertThat(taken("applied", "as_asked")).isEqualTo(5);
    assertThat(taken("ignored", "edit_of_applied_note")).as("the raise edited").isEqualTo(1);
    assertThat(taken("rejected", "rules")).as("the note with no action").isEqualTo(1);
    assertThat(taken("rejected", "no_such_dispute")).isEqualTo(1);
    assertThat(scrape.sum("iro_notes_taken_total", ON_LCS) + 1)
        .as("every note read was taken (new, or read again) or kept as a dead letter")
        .isLessThanOrEqualTo(polled);

    for (Map.Entry<String, String[]> counted : COUNTED.entrySet()) {
      double total = 0;
      for (Map<String, Object> row :
          jdbc.queryForList(
              "SELECT d.protocol_id, e.stage_id, COUNT(*) AS events FROM dispute_events e"
                  + " JOIN disputes d ON d.reference = e.reference WHERE e.event_type = ?"
                  + " GROUP BY d.protocol_id, e.stage_id",
              counted.getKey())) {
        Map<String, String> labels =
            counted.getValue()[1] == null
                ? Map.of("protocol", (String) row.get("PROTOCOL_ID"), "stage", stage(row))
                : Map.of(
                    "protocol",
                    (String) row.get("PROTOCOL_ID"),
                    "stage",
                    stage(row),
                    "kind",
                    counted.getValue()[1]);
        double events = ((Number) row.get("EVENTS")).doubleValue();
        assertThat(scrape.sum(counted.getValue()[0], labels))
            .as("%s at %s", counted.getKey(), labels)
            .isEqualTo(events);
        total += events;
      }
      assertThat(
              scrape.sum(
                  counted.getValue()[0],
                  counted.getValue()[1] == null ? Map.of() : Map.of("kind", counted.getValue()[1])))
          .as("%s: nothing counted the database does not hold", counted.getKey())
          .isEqualTo(total);
    }
    assertThat(scrape.sum("iro_disputes_opened_total", Map.of())).isEqualTo(2);
    assertThat(scrape.sum("iro_disputes_escalated_total", Map.of())).isGreaterThanOrEqualTo(1);
    assertThat(scrape.sum("iro_disputes_resolved_total", Map.of())).isEqualTo(1);
    assertThat(scrape.sum("iro_dispute_breaches_total", Map.of())).isPositive();

    for (Map<String, Object> row :
        jdbc.queryForList(
            "SELECT system_id, kind, COUNT(*) AS items FROM outbox WHERE status = 'DELIVERED'"
                + " GROUP BY system_id, kind")) {
      Map<String, String> target =
          Map.of("system", (String) row.get("SYSTEM_ID"), "kind", kind(row));
      double delivered = ((Number) row.get("ITEMS")).doubleValue();
      assertThat(scrape.sum("iro_deliveries_total", target)).as("%s", target).isEqualTo(delivered);
      assertThat(scrape.sum("iro_delivery_attempts_total", target))
          .as("%s: each attempt delivered or failed", target)
          .isEqualTo(delivered + scrape.sum("iro_delivery_failures_total", target));
    }
    assertThat(
            scrape.sum("iro_delivery_failures_total", Map.of("system", "lcs-api", "kind", "http")))
        .as("the one write-back the case system refused")
        .isEqualTo(1);
    assertThat(scrape.sum("iro_delivery_failures_total", Map.of())).isEqualTo(1);

    Map<String, String> succeeded = Map.of("system", "lcs-api", "outcome", "success");
    assertThat(scrape.sum("iro_poll_duration_seconds_count", succeeded)).isEqualTo(4);
    assertThat(scrape.sum("iro_poll_duration_seconds_sum", succeeded)).isPositive();

    for (String status : List.of("PENDING", "IN_FLIGHT", "DELIVERED", "DEAD")) {
      assertThat(scrape.sum("iro_outbox_items", Map.of("status", status.toLowerCase(Locale.ROOT))))
          .as(status)
          .isEqualTo(count("SELECT COUNT(*) FROM outbox WHERE status = ?", status));
    }
    assertThat(scrape.all("iro_outbox_oldest_waiting_seconds", Map.of()))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).as("nothing waits").isZero());
    assertThat(scrape.sum("iro_dead_letters_open", Map.of("reason", "note_too_large")))
        .isEqualTo(1);
    assertThat(scrape.all("iro_dead_letters_open", Map.of("reason", "delivery_failed")))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isZero());

    assertNoPersonalDataInLabels(scrape);
  }

  @Test
  void camelsRouteMetersBucketsZeroCountersAndEachSourcesLastSuccessAreScraped() {
    clock.set(Instant.parse("2026-11-20T09:30:00Z"));
    poll(SandboxSystem.LCS_REPORTING);
    deliver();

    PrometheusScrape scrape = new PrometheusScrape(scrapeText());
    assertThat(scrape.sum("camel_exchanges_total", Map.of("routeId", "drain-outbox")))
        .as("camel-micrometer's route policy counts the drain")
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape.all("camel_exchanges_failed_total", Map.of("routeId", "drain-outbox")))
        .isNotEmpty();
    assertThat(
            scrape.all(
                "iro_poll_duration_seconds_bucket",
                Map.of("system", "lcs-reporting", "outcome", "success")))
        .as("the poll timer publishes histogram buckets")
        .hasSizeGreaterThan(10)
        .anySatisfy(b -> assertThat(b.labels()).containsEntry("le", "+Inf"));
    assertThat(scrape.all("camel_route_policy_seconds_bucket", Map.of("routeId", "drain-outbox")))
        .isNotEmpty();
    assertThat(
            scrape.all(
                "iro_poll_duration_seconds_count",
                Map.of("system", "fwi-api", "outcome", "failure")))
        .as("a timer registered before its first poll")
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isZero());
    for (String counter :
        new String[] {
          "iro_notes_polled_total", "iro_deliveries_total", "iro_delivery_failures_total"
        }) {
      assertThat(scrape.all(counter, Map.of("system", "fwi-api")))
          .as("%s at zero before fwi-api's first event", counter)
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.value()).isZero());
    }
    assertThat(scrape.all("iro_disputes_withdrawn_total", Map.of("stage", "stage-1")))
        .as("each protocol's dispute counters, by stage, at zero")
        .isNotEmpty();
    assertThat(
            scrape.sum(
                "iro_poll_last_success_timestamp_seconds", Map.of("system", "lcs-reporting")))
        .isEqualTo(Instant.parse("2026-11-20T09:30:00Z").getEpochSecond());
    assertThat(scrape.all("iro_poll_failures_in_a_row", Map.of("system", "lcs-reporting")))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isZero());
  }

  @Test
  void everyMeterTheDashboardAndTheAlertsNameIsServed() throws Exception {
    clock.set(Instant.parse("2026-11-21T09:30:00Z"));
    poll(SandboxSystem.LCS_REPORTING);
    deliver();
    PrometheusScrape scrape = new PrometheusScrape(scrapeText());

    Set<String> named = new TreeSet<>();
    for (Path file :
        List.of(
            Path.of("ops/grafana/iro-dispute-adapter.json"),
            Path.of("ops/prometheus/iro-alerts.yaml"))) {
      Matcher meter = METER.matcher(Files.readString(file));
      while (meter.find()) {
        named.add(meter.group());
      }
    }
    assertThat(named).as("the files name meters").hasSizeGreaterThan(10);
    for (String name : named) {
      assertThat(scrape.all(name, Map.of())).as("%s is served", name).isNotEmpty();
    }
  }

  /** A meter's name in a query: the adapter's or Camel's. */
  private static final Pattern METER = Pattern.compile("\\b(?:iro|camel)_[a-z_]+\\b");

  /** Label values come from bounded sets: never a person id, a reference or a note's words. */
  private void assertNoPersonalDataInLabels(PrometheusScrape scrape) {
    Set<String> names =
        Set.of(
            "system",
            "outcome",
            "reason",
            "protocol",
            "stage",
            "kind",
            "status",
            "application",
            "lookup",
            "le");
    for (PrometheusScrape.Series series : scrape.named("iro_")) {
      assertThat(names).as(series.toString()).containsAll(series.labels().keySet());
      for (String value : series.labels().values()) {
        assertThat(value)
            .as(series.toString())
            .doesNotContain("DRP-")
            .doesNotContain("W2105")
            .doesNotContain(" ")
            .isNotIn("2001", "2002", "2003", "2004", "2005", "C-2001");
      }
    }
  }

  private double taken(String outcome, String reason) {
    return new PrometheusScrape(scrapeText())
        .sum(
            "iro_notes_taken_total",
            Map.of("system", "lcs-api", "outcome", outcome, "reason", reason));
  }

  private double count(String sql, Object... arguments) {
    Integer rows = jdbc.queryForObject(sql, Integer.class, arguments);
    return rows == null ? 0 : rows;
  }

  private static String stage(Map<String, Object> row) {
    Object stage = row.get("STAGE_ID");
    return stage == null ? "none" : (String) stage;
  }

  private static String kind(Map<String, Object> row) {
    return switch ((String) row.get("KIND")) {
      case "HTTP_REQUEST" -> "http";
      case "TABLE_ROW" -> "table";
      case "FILE_DROP" -> "file";
      default -> "mail";
    };
  }

  private String scrapeText() {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + OWN_HTTP_PORT + "/actuator/prometheus"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return answer.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
