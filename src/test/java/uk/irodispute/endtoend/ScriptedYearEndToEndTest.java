package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzEndpoint;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.reports.RegisterCsv;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.VendorForm;

/**
 * A year of disputes with known outcomes, recorded as staff would in two sandbox systems (the JSON
 * API running seed 002's restorative protocol, the XML API running seed 000's flowchart with its
 * time out), polled and ticked by the real adapter on a pinned clock from March 2026 to April 2027;
 * then every register row, every annual figure and the oversight digest are checked exactly. The
 * working days are counted by hand on the England and Wales calendar (Good Friday and Easter Monday
 * 2026 and 2027, the late May bank holiday, Christmas 2026 with its substitute day).
 */
class ScriptedYearEndToEndTest extends SandboxRun {

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final SandboxSystem FWI = SandboxSystem.FWI_API;
  private static final Path MAPPINGS = mappingsWithSeedProtocols();
  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  /** When the checks are made: Friday 9 April 2027, noon in London. */
  private static final Instant NOW = london("2027-04-09T12:00");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** The references of the scripted disputes, S0 to S13, shared by the tests. */
  private static final Map<String, String> ref = new LinkedHashMap<>();

  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void ownMappingsAndPorts(DynamicPropertyRegistry registry) {
    registry.add("iro.mappings.directory", MAPPINGS::toString);
    ownContext(registry, "scripted-year", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  /**
   * Runs once, before the first test (the Camel context is started only for a test method, so not
   * in a {@code BeforeAll}); the tests read what it made and change nothing they share but the
   * outbox.
   */
  @BeforeEach
  void aYearOfDisputes() {
    if (!ref.isEmpty()) {
      return;
    }
    // S0, before the reporting year: open at its start, breached, resolved in April.
    raise("S0", LCS, "2001", "2026-03-23T10:00", "drift-or-delay", null);
    note("S0", LCS, "2001", "2026-04-09T11:00", "satisfied");
    // S1: resolved informally in three working days.
    raise("S1", LCS, "2002", "2026-04-14T10:00", "drift-or-delay", null);
    note("S1", LCS, "2002", "2026-04-17T15:00", "satisfied");
    // S2: escalated by the chair through the Head of Service's decision to level 3, resolved there.
    raise("S2", LCS, "2003", "2026-05-11T10:00", "care-plan-not-complied-with", null);
    note("S2", LCS, "2003", "2026-05-13T10:00", "escalate");
    note("S2", LCS, "2003", "2026-05-13T15:00", "escalate");
    note("S2", LCS, "2003", "2026-05-18T11:00", "escalate");
    note("S2", LCS, "2003", "2026-05-21T10:00", "escalate");
    note("S2", LCS, "2003", "2026-05-27T14:00", "satisfied");
    // S3: level 1 passes its due time with no response and escalates by itself; resolved at 2.
    raise("S3", LCS, "2004", "2026-06-01T10:00", "reports-not-provided", "level-1");
    respond("S3", LCS, "2004", "2026-06-11T10:00");
    note("S3", LCS, "2004", "2026-06-12T10:00", "satisfied");
    // S4: answered at level 1 but never decided: breached, then the 20 working days cap passes.
    raise("S4", LCS, "2001", "2026-07-06T10:00", "significant-tasks-not-completed", "level-1");
    respond("S4", LCS, "2001", "2026-07-08T10:00");
    note("S4", LCS, "2001", "2026-08-05T10:00", "satisfied");
    // S5: a time out approved by the IRO Team Manager, resumed five working days later.
    raise("S5", FWI, "P300101", "2026-09-08T10:00", null, "ir1");
    tellAt("2026-09-09T10:00", FWI, "P300101", "S5", "pause", "approvedBy", "iro-team-manager");
    note("S5", FWI, "P300101", "2026-09-16T10:00", "resume");
    note("S5", FWI, "P300101", "2026-09-18T11:00", "satisfied");
    // S6: climbed to level 4, then to the referral stage, and referred to CAFCASS.
    raise("S6", LCS, "2002", "2026-10-06T10:00", "statutory-requirements-not-met", "level-1");
    note("S6", LCS, "2002", "2026-10-07T10:00", "escalate");
    note("S6", LCS, "2002", "2026-10-08T10:00", "escalate");
    note("S6", LCS, "2002", "2026-10-09T10:00", "escalate");
    note("S6", LCS, "2002", "2026-10-12T10:00", "escalate");
    note("S6", LCS, "2002", "2026-10-13T10:00", "refer");
    // S7: withdrawn by the chair.
    raise("S7", LCS, "2003", "2026-11-03T10:00", "poor-practice", null);
    note("S7", LCS, "2003", "2026-11-05T10:00", "withdraw");
    // S8: excellent practice recorded: a commendation, not a dispute.
    raise("S8", LCS, "2004", "2026-11-11T10:00", "excellent-practice", null);
    // S9: over Christmas; the informal stage passes its due time (the chair is alerted).
    raise("S9", LCS, "2001", "2026-12-23T10:00", "child-not-supported-to-participate", null);
    note("S9", LCS, "2001", "2027-01-05T11:00", "satisfied");
    // S10: referred to CAFCASS while at stage 2, then resolved.
    raise("S10", FWI, "P300103", "2027-01-11T10:00", null, "ir2");
    note("S10", FWI, "P300103", "2027-01-12T10:00", "refer");
    note("S10", FWI, "P300103", "2027-01-14T10:00", "satisfied");
    // S11: formal, breached, open at the year's end; resolved in April.
    raise("S11", LCS, "2002", "2027-03-15T10:00", "drift-or-delay", null);
    note("S11", LCS, "2002", "2027-03-16T10:00", "escalate");
    note("S11", LCS, "2002", "2027-03-16T14:00", "escalate");
    respond("S11", LCS, "2002", "2027-03-22T10:00");
    note("S11", LCS, "2002", "2027-04-07T10:00", "satisfied");
    // S12: still open and overdue at its informal stage.
    raise("S12", FWI, "P300104", "2027-03-22T10:00", null, null);
    // S13: after the reporting year, open.
    raise("S13", LCS, "2003", "2027-04-06T10:00", "other", null);
    at(NOW);
  }

  @Test
  void theRegisterOfTheYearHasEveryDisputeAsItStandsNow() {
    String csv = get("/api/v1/register?from=2026-04-01&to=2027-03-31&format=csv", null).body();

    List<Map<String, String>> rows = parseCsv(csv);
    assertThat(rows).extracting(r -> r.get("reference")).containsExactlyElementsOf(refs(1, 12));
    List<Map<String, String>> expected =
        List.of(
            lcs("S1", "2002", "drift-or-delay", "2026-04-14T10:00:00+01:00")
                .closed("2026-04-17T15:00:00+01:00", "resolved", "informal")
                .counts(3, 0, false, 0)
                .row(),
            lcs("S2", "2003", "care-plan-not-complied-with", "2026-05-11T10:00:00+01:00")
                .closed("2026-05-27T14:00:00+01:00", "resolved", "level-3")
                .counts(11, 0, false, 0)
                .row(),
            lcs("S3", "2004", "reports-not-provided", "2026-06-01T10:00:00+01:00")
                .closed("2026-06-12T10:00:00+01:00", "resolved", "level-2")
                .counts(9, 1, false, 0)
                .row(),
            lcs("S4", "2001", "significant-tasks-not-completed", "2026-07-06T10:00:00+01:00")
                .closed("2026-08-05T10:00:00+01:00", "resolved", "level-1")
                .counts(22, 1, true, 0)
                .row(),
            fwi("S5", "EP-7001", "2026-09-08T10:00:00+01:00")
                .closed("2026-09-18T11:00:00+01:00", "resolved", "ir1")
                .counts(8, 0, false, 1)
                .row(),
            lcs("S6", "2002", "statutory-requirements-not-met", "2026-10-06T10:00:00+01:00")
                .closed("2026-10-13T10:00:00+01:00", "referred", "cafcass")
                .counts(5, 0, false, 0)
                .referred("2026-10-13T10:00:00+01:00")
                .row(),
            lcs("S7", "2003", "poor-practice", "2026-11-03T10:00:00+00:00")
                .closed("2026-11-05T10:00:00+00:00", "withdrawn", "informal")
                .counts(2, 0, false, 0)
                .row(),
            lcs("S8", "2004", "excellent-practice", "2026-11-11T10:00:00+00:00")
                .closed("2026-11-11T10:00:00+00:00", "recorded", "informal")
                .counts(0, 0, false, 0)
                .row(),
            lcs("S9", "2001", "child-not-supported-to-participate", "2026-12-23T10:00:00+00:00")
                .closed("2027-01-05T11:00:00+00:00", "resolved", "informal")
                .counts(6, 1, false, 0)
                .row(),
            fwi("S10", "EP-7003", "2027-01-11T10:00:00+00:00")
                .closed("2027-01-14T10:00:00+00:00", "resolved", "ir2")
                .counts(3, 0, false, 0)
                .referred("2027-01-12T10:00:00+00:00")
                .row(),
            lcs("S11", "2002", "drift-or-delay", "2027-03-15T10:00:00+00:00")
                .closed("2027-04-07T10:00:00+01:00", "resolved", "level-1")
                .counts(15, 1, false, 0)
                .row(),
            fwi("S12", "EP-7004", "2027-03-22T10:00:00+00:00")
                .open("informal", "2027-03-30T17:00:00+01:00", true)
                .counts(12, 1, false, 0)
                .row());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(rows.get(i)).as(rows.get(i).get("reference")).isEqualTo(expected.get(i));
    }
  }

  @Test
  void theJsonRegisterHasTheCsvsValuesTypedAndNoPersonId() throws IOException {
    String csv = get("/api/v1/register?from=2026-04-01&to=2027-03-31", "text/csv").body();
    HttpResponse<String> answer = get("/api/v1/register?from=2026-04-01&to=2027-03-31", null);

    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("from").asText()).isEqualTo("2026-04-01");
    assertThat(body.get("to").asText()).isEqualTo("2027-03-31");
    assertThat(body.get("asAt").asText()).isEqualTo("2027-04-09T12:00:00+01:00");
    assertThat(body.get("count").asInt()).isEqualTo(12);
    List<Map<String, String>> fromCsv = parseCsv(csv);
    for (int i = 0; i < fromCsv.size(); i++) {
      JsonNode row = body.get("disputes").get(i);
      List<String> names = new ArrayList<>();
      row.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(RegisterCsv.COLUMNS);
      Map<String, String> asText = new LinkedHashMap<>();
      row.fields()
          .forEachRemaining(
              f -> asText.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
      assertThat(asText).isEqualTo(fromCsv.get(i));
    }
    JsonNode overdue = body.get("disputes").get(11);
    assertThat(overdue.get("overdue").isBoolean()).isTrue();
    assertThat(overdue.get("workingDays").isInt()).isTrue();
    assertThat(answer.body()).doesNotContain("personId").doesNotContain("P300104");
  }

  @Test
  void theRegisterIsFilteredByTheDayEachDisputeWasRaised() {
    assertThat(parseCsv(get("/api/v1/register?format=csv", null).body()))
        .extracting(r -> r.get("reference"))
        .containsExactlyElementsOf(refs(0, 13));
    assertThat(parseCsv(get("/api/v1/register?from=2027-04-01&format=csv", null).body()))
        .extracting(r -> r.get("reference"))
        .containsExactly(ref.get("S13"));
    assertThat(parseCsv(get("/api/v1/register?to=2026-04-13&format=csv", null).body()))
        .extracting(r -> r.get("reference"))
        .containsExactly(ref.get("S0"));
    assertThat(
            parseCsv(get("/api/v1/register?from=2026-04-14&to=2026-04-14&format=csv", null).body()))
        .extracting(r -> r.get("reference"))
        .containsExactly(ref.get("S1"));
    Map<String, String> s0 =
        parseCsv(get("/api/v1/register?to=2026-04-13&format=csv", null).body()).get(0);
    assertThat(s0)
        .containsEntry("closedAt", "2026-04-09T11:00:00+01:00")
        .containsEntry("workingDays", "11")
        .containsEntry("breachedStages", "1");

    HttpResponse<String> csv = get("/api/v1/register?from=2026-04-01", "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("dispute-register-from-2026-04-01.csv");

    assertRefused("/api/v1/register?from=2027-01-01&to=2026-01-01", "to");
    assertRefused("/api/v1/register?from=1%20April", "from");
    assertRefused("/api/v1/register?format=xml", "format");
    assertRefused("/api/v1/reports/annual?year=last", "year");
  }

  @Test
  void theAnnualFiguresCountTheYearsDisputesAsTheyStoodAtItsEnd() throws IOException {
    JsonNode year = json.readTree(get("/api/v1/reports/annual?year=2026", null).body());

    assertThat(year.get("year").asText()).isEqualTo("2026-27");
    assertThat(year.get("from").asText()).isEqualTo("2026-04-01");
    assertThat(year.get("to").asText()).isEqualTo("2027-03-31");
    assertThat(year.get("asAt").asText()).isEqualTo("2027-03-31T23:59:59+01:00");
    assertThat(year.get("disputesRaised").asInt()).isEqualTo(11);
    assertThat(year.get("commendationsRecorded").asInt()).isEqualTo(1);
    assertThat(year.get("openAtStart").asInt()).isEqualTo(1);
    assertThat(counts(year.get("byCategory"), "category"))
        .containsExactly(
            Map.entry("other", 3),
            Map.entry("drift-or-delay", 2),
            Map.entry("care-plan-not-complied-with", 1),
            Map.entry("child-not-supported-to-participate", 1),
            Map.entry("poor-practice", 1),
            Map.entry("reports-not-provided", 1),
            Map.entry("significant-tasks-not-completed", 1),
            Map.entry("statutory-requirements-not-met", 1));
    assertThat(year.get("byCategory").get(1).get("name").asText())
        .isEqualTo("Drift or delay in implementing the care plan");
    assertThat(counts(year.get("byStageReached"), "stage"))
        .containsExactly(
            Map.entry("informal", 1),
            Map.entry("ir1", 1),
            Map.entry("ir2", 1),
            Map.entry("informal", 3),
            Map.entry("level-1", 2),
            Map.entry("level-2", 1),
            Map.entry("level-3", 1),
            Map.entry("cafcass", 1));
    assertThat(year.get("byStageReached").get(0).get("protocol").asText())
        .isEqualTo("ir-stages-flowchart");
    assertThat(year.get("byStageReached").get(7).get("name").asText())
        .isEqualTo("Referral to CAFCASS");
    assertThat(json.convertValue(year.get("outcomes"), Map.class))
        .isEqualTo(
            Map.of(
                "resolvedInformally", 2,
                "resolvedFormally", 5,
                "withdrawn", 1,
                "referred", 1,
                "open", 2));
    JsonNode time = year.get("timeToResolution");
    assertThat(time.get("resolved").asInt()).isEqualTo(7);
    assertThat(time.get("medianWorkingDays").decimalValue()).isEqualByComparingTo("8.0");
    assertThat(time.get("meanWorkingDays").decimalValue()).isEqualByComparingTo("8.9");
    assertThat(json.convertValue(year.get("breaches"), Map.class))
        .isEqualTo(Map.of("disputesWithBreaches", 5, "breachedStages", 5, "capsBreached", 1));
    assertThat(year.get("referredToCafcass").asInt()).isEqualTo(2);
    assertThat(year.get("stillOpenAtYearEnd").asInt()).isEqualTo(2);

    JsonNode before = json.readTree(get("/api/v1/reports/annual?year=2025", null).body());
    assertThat(before.get("disputesRaised").asInt()).isEqualTo(1);
    assertThat(before.get("stillOpenAtYearEnd").asInt()).isEqualTo(1);
    assertThat(before.get("breaches").get("breachedStages").asInt()).isEqualTo(1);
    assertThat(before.get("timeToResolution").get("medianWorkingDays").isNull()).isTrue();

    JsonNode current = json.readTree(get("/api/v1/reports/annual", null).body());
    assertThat(current.get("year").asText()).isEqualTo("2027-28");
    assertThat(current.get("asAt").asText()).isEqualTo("2027-04-09T12:00:00+01:00");
    assertThat(current.get("disputesRaised").asInt()).isEqualTo(1);
    assertThat(current.get("openAtStart").asInt()).isEqualTo(2);
  }

  /**
   * The schedule route's endpoint as its definition resolves: with the schedules off it is never
   * started, and the supervising route controller creates a route only when it starts it.
   */
  @Test
  void theDigestIsScheduledOnMondaysAtEightLondonTime() {
    CamelContext context = camel.getCamelContext();
    String uri =
        context.resolvePropertyPlaceholders(
            ((ModelCamelContext) context)
                .getRouteDefinition("oversight-digest-schedule")
                .getInput()
                .getEndpointUri());
    QuartzEndpoint schedule = context.getEndpoint(uri, QuartzEndpoint.class);

    assertThat(schedule.getCron()).isEqualTo("0 0 8 ? * MON");
    assertThat(schedule.getEndpointUri()).contains("trigger.timeZone=Europe%2FLondon");
  }

  @Test
  void theWeeklyDigestGoesOnceToTheHeadOfServiceForSars() {
    camel.sendBody("direct:oversight-digest", null);
    camel.sendBody("direct:oversight-digest", null);

    assertThat(
            jdbc.queryForList(
                "SELECT idempotency_key FROM outbox WHERE system_id = 'oversight-digest'",
                String.class))
        .containsExactly("oversight-digest/hos-sars/2027-W14");
    for (int runs = 0; runs < 100 && pending() > 0; runs++) {
      deliver();
    }
    List<ReceivedMail> digests =
        mail.receivedMails().stream()
            .filter(m -> m.subject().startsWith("Dispute oversight"))
            .toList();
    assertThat(digests).hasSize(1);
    ReceivedMail digest = digests.get(0);
    assertThat(digest.to()).containsExactly("quinn.ellery@council.example");
    assertThat(digest.subject())
        .isEqualTo("Dispute oversight, week 2027-W14: 1 opened, 0 escalated, 1 closed, 1 overdue");
    String base = "http://127.0.0.1:" + OWN_HTTP_PORT + "/sandbox";
    assertThat(digest.plainText().replace("\r\n", "\n"))
        .contains("Head of Service for Safeguarding and Reviewing Service (SARS)")
        .contains(
            "Opened this week\n- "
                + ref.get("S13")
                + ": Other; raised Tuesday 6 April 2027 at 10:00\n  "
                + base
                + "/lcs-api/person/2003\n")
        .contains("Escalated this week\nNone.")
        .contains(
            "Closed this week\n- "
                + ref.get("S11")
                + ": resolved at Level 1: Service Manager after 15 working days\n")
        .contains(
            "Overdue now\n- "
                + ref.get("S12")
                + ": Informal resolution was due Tuesday 30 March 2027 at 17:00\n  "
                + base
                + "/fwi/episode/EP-7004\n")
        .contains("Informal resolution (ir-stages-flowchart): 1\n- " + ref.get("S12"))
        .contains("Informal stage (restorative-iro-cp): 1\n- " + ref.get("S13"))
        .doesNotContain("P300104");
    assertThat(digest.html())
        .contains("<a href=\"" + base + "/fwi/episode/EP-7004\">case record</a>");
  }

  private long pending() {
    Long rows =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')", Long.class);
    return rows == null ? 0 : rows;
  }

  /** Moves the clock on and lets the protocol clock catch up, as the schedule would. */
  private void at(Instant t) {
    clock.set(t);
    tick();
  }

  private void raise(
      String name,
      SandboxSystem system,
      String child,
      String when,
      String category,
      String startAt) {
    at(london(when));
    NoteRequest.Builder note = NoteRequest.in(system, child).action("raise");
    if (VendorForm.of(system).fields().contains("track")) {
      note.answer("track", sandbox.roster(system).child(child).track());
    }
    if (category != null) {
      note.answer("category", category);
    }
    if (startAt != null) {
      note.answer("startAt", startAt);
    }
    sandbox.record(note.build());
    poll(system);
    ref.put(
        name,
        jdbc.queryForObject(
            "SELECT reference FROM disputes WHERE system_id = ? AND person_id = ?"
                + " ORDER BY raised_at DESC LIMIT 1",
            String.class,
            system.id(),
            child));
  }

  private void note(String name, SandboxSystem system, String child, String when, String action) {
    tellAt(when, system, child, name, action, null, null);
  }

  private void respond(String name, SandboxSystem system, String child, String when) {
    at(london(when));
    sandbox.record(
        NoteRequest.in(system, child)
            .by(Post.SOCIAL_WORKER)
            .action("respond")
            .answer("reference", ref.get(name))
            .build());
    poll(system);
  }

  private void tellAt(
      String when,
      SandboxSystem system,
      String child,
      String name,
      String action,
      String field,
      String value) {
    at(london(when));
    NoteRequest.Builder note =
        NoteRequest.in(system, child).action(action).answer("reference", ref.get(name));
    if (field != null) {
      note.answer(field, value);
    }
    sandbox.record(note.build());
    poll(system);
  }

  private List<String> refs(int first, int last) {
    List<String> refs = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      refs.add(ref.get("S" + i));
    }
    return refs;
  }

  private ExpectedRow lcs(String name, String child, String category, String raisedAt) {
    return new ExpectedRow(
        ref.get(name),
        "lcs-api",
        "http://127.0.0.1:" + OWN_HTTP_PORT + "/sandbox/lcs-api/person/" + child,
        "restorative-iro-cp",
        sandbox.roster(SandboxSystem.LCS_API).child(child).track(),
        category,
        raisedAt);
  }

  private ExpectedRow fwi(String name, String episode, String raisedAt) {
    return new ExpectedRow(
        ref.get(name),
        "fwi-api",
        "http://127.0.0.1:" + OWN_HTTP_PORT + "/sandbox/fwi/episode/" + episode,
        "ir-stages-flowchart",
        "LAC",
        "other",
        raisedAt);
  }

  private HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + OWN_HTTP_PORT + path))
            .header("Authorization", SANDBOX_VIEWER);
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void assertRefused(String path, String parameter) {
    HttpResponse<String> answer = get(path, null);
    assertThat(answer.statusCode()).as(path).isEqualTo(400);
    assertThat(answer.body()).contains("\"parameter\":\"" + parameter + "\"");
  }

  private static List<Map.Entry<String, Integer>> counts(JsonNode list, String key) {
    List<Map.Entry<String, Integer>> counts = new ArrayList<>();
    list.forEach(n -> counts.add(Map.entry(n.get(key).asText(), n.get("disputes").asInt())));
    return counts;
  }

  /** Reads CSV as RFC 4180 writes it: quoted cells with doubled quotes, CRLF line ends. */
  static List<Map<String, String>> parseCsv(String csv) {
    List<List<String>> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(cells);
        cells = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(cell).as("the last line ends in CRLF").isEmpty();
    List<String> header = lines.get(0);
    assertThat(header).containsExactlyElementsOf(RegisterCsv.COLUMNS);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> line : lines.subList(1, lines.size())) {
      assertThat(line).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), line.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  /**
   * The shipped mappings with the JSON API on seed 002 and the XML API on seed 000 (which has no
   * seriousness levels for the XML API's answers to name).
   */
  private static Path mappingsWithSeedProtocols() {
    try {
      Path copy = Files.createTempDirectory("scripted-year-mappings");
      Path shipped = Path.of("mappings");
      try (Stream<Path> files = Files.walk(shipped)) {
        for (Path file : files.toList()) {
          Path target = copy.resolve(shipped.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      replace(
          copy.resolve("systems/lcs-api.yaml"),
          "protocol: day-range-lac-cp",
          "protocol: restorative-iro-cp");
      replace(
          copy.resolve("systems/fwi-api.yaml"),
          "protocol: harrow-drp",
          "protocol: ir-stages-flowchart");
      replace(
          copy.resolve("systems/fwi-api.yaml"),
          "  answerValues:\n"
              + "    seriousness: {\"Routine\": routine, \"Very significant\": very-significant}\n",
          "");
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  /** A register row as the test expects it, stage names from the two protocols. */
  private static final class ExpectedRow {
    private static final Map<String, String> STAGE_NAMES =
        Map.of(
            "restorative-iro-cp/informal", "Informal stage",
            "restorative-iro-cp/level-1", "Level 1: Service Manager",
            "restorative-iro-cp/level-2", "Level 2: Head of Service",
            "restorative-iro-cp/level-3", "Level 3: Divisional Director",
            "restorative-iro-cp/cafcass", "Referral to CAFCASS",
            "ir-stages-flowchart/informal", "Informal resolution",
            "ir-stages-flowchart/ir1", "Stage 1 (IR 1): Team Manager",
            "ir-stages-flowchart/ir2", "Stage 2 (IR 2): Service Manager");
    private static final Map<String, String> CATEGORY_NAMES =
        Map.of(
            "drift-or-delay", "Drift or delay in implementing the care plan",
            "care-plan-not-complied-with", "Care plan not complied with",
            "reports-not-provided", "Reports not provided for the review",
            "significant-tasks-not-completed", "Significant tasks not completed",
            "statutory-requirements-not-met", "Statutory requirements not met",
            "poor-practice", "Poor practice",
            "excellent-practice", "Excellent practice",
            "child-not-supported-to-participate",
                "Child not supported to participate in the review",
            "other", "Other");

    private final Map<String, String> row = new LinkedHashMap<>();

    ExpectedRow(
        String reference,
        String system,
        String link,
        String protocol,
        String track,
        String category,
        String raisedAt) {
      for (String column : RegisterCsv.COLUMNS) {
        row.put(column, "");
      }
      row.put("reference", reference);
      row.put("system", system);
      row.put("caseLink", link);
      row.put("protocol", protocol);
      row.put("protocolVersion", "2026-1");
      row.put("track", track);
      row.put("category", category);
      row.put("categoryName", CATEGORY_NAMES.get(category));
      row.put("raisedAt", raisedAt);
      row.put("overdue", "false");
      row.put("referredToCafcass", "false");
    }

    ExpectedRow closed(String closedAt, String status, String stageReached) {
      row.put("closedAt", closedAt);
      row.put("status", status);
      reached(stageReached);
      return this;
    }

    ExpectedRow open(String stage, String dueAt, boolean overdue) {
      row.put("status", "open");
      reached(stage);
      row.put("currentStage", stage);
      row.put("currentStageName", row.get("stageReachedName"));
      row.put("dueAt", dueAt);
      row.put("overdue", String.valueOf(overdue));
      return this;
    }

    ExpectedRow counts(int workingDays, int breachedStages, boolean capBreached, int timeOuts) {
      row.put("workingDays", String.valueOf(workingDays));
      row.put("breachedStages", String.valueOf(breachedStages));
      row.put("capBreached", String.valueOf(capBreached));
      row.put("timeOuts", String.valueOf(timeOuts));
      return this;
    }

    ExpectedRow referred(String at) {
      row.put("referredToCafcass", "true");
      row.put("referredAt", at);
      return this;
    }

    Map<String, String> row() {
      return row;
    }

    private void reached(String stage) {
      row.put("stageReached", stage);
      row.put("stageReachedName", STAGE_NAMES.get(row.get("protocol") + "/" + stage));
      row.put("formal", String.valueOf(!stage.equals("informal")));
    }
  }
}
