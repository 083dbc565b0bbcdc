package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.NoteScreen;
import uk.irodispute.core.note.NoteText;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.testing.ChoiceRandom;

/**
 * Fuzzing the mapping engine with the shipped system files: arbitrary text, pages of any shape,
 * pages mutated at random, and reporting-database rows of any values. Whatever comes in, a page is
 * either read or refused with {@link MalformedPageException}, nothing else is ever thrown, every
 * item of a page that is read either maps to a note or is an {@link UnreadableNote}, no reason
 * quotes the page, and the screen decides on every note mapped.
 *
 * <p>Each property draws its input from a list of choices jqwik shrinks ({@link ChoiceRandom}), so
 * a failing try is reported with the simplest input that still fails. Each one also checks its
 * coverage, so a run that only refuses pages fails: some JSON and XML pages are read with notes,
 * some mutated pages are read, and a fifth of row sets map to notes.
 *
 * <p>The tries are bounded so the build stays fast. There is no fixed seed, so each run explores
 * new inputs; jqwik prints the seed of a failing run, and {@code @Property(seed = "...")} replays
 * it.
 */
class MappingFuzzProperties {

  private static final SystemDefinition LCS_API = load("lcs-api");
  private static final SystemDefinition FWI_API = load("fwi-api");
  private static final SystemDefinition LCS_REPORTING = load("lcs-reporting");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  @Provide
  Arbitrary<SystemDefinition> httpSystems() {
    return Arbitraries.of(LCS_API, FWI_API);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("{}[]<>/\"':,=&;!?-\\ \n\r\tabc0123").ofMaxLength(300),
        choices().map(c -> HostileValues.text(new ChoiceRandom(c))));
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return ChoiceRandom.choices();
  }

  @Property(tries = 500)
  void anyTextIsReadAsAPageOrRefusedAsMalformed(
      @ForAll("httpSystems") SystemDefinition system, @ForAll("anyText") String body) {
    read(system, body).ifPresent(page -> checkNotes(system, page));
  }

  @Property(tries = 500)
  void jsonPagesOfAnyShapeMapEveryItemOrAreRefused(@ForAll("choices") List<Integer> choices) {
    Random random = new ChoiceRandom(choices);
    Map<String, Object> page = jsonPage(random);

    Optional<NotePage> read = read(LCS_API, json(page));

    if (read.isPresent() && page.get("items") instanceof List<?> items) {
      assertThat(read.get().size()).as("every item a note or unreadable").isEqualTo(items.size());
    }
    read.ifPresent(p -> checkNotes(LCS_API, p));
    Statistics.label("pages").coverage(c -> c.check("read, notes").percentage(p -> p > 0.5));
  }

  @Property(tries = 500)
  void xmlPagesOfAnyShapeMapEveryObservationOrAreRefused(@ForAll("choices") List<Integer> choices) {
    Random random = new ChoiceRandom(choices);
    List<String> observations = HostileValues.list(random, () -> observation(random));
    String page = xmlPage(random, observations);

    Optional<NotePage> read = read(FWI_API, page);

    if (read.isPresent()) {
      assertThat(read.get().size())
          .as("every observation a note or unreadable")
          .isEqualTo(observations.size());
    }
    read.ifPresent(p -> checkNotes(FWI_API, p));
    Statistics.label("pages").coverage(c -> c.check("read, notes").percentage(p -> p > 3));
  }

  @Property(tries = 500)
  void pagesMutatedAtRandomAreReadOrRefusedAsMalformed(@ForAll("choices") List<Integer> choices) {
    Random random = new ChoiceRandom(choices);
    boolean json = random.nextBoolean();
    String page =
        json
            ? json(jsonPage(random))
            : xmlPage(random, HostileValues.list(random, () -> observation(random)));

    SystemDefinition system = json ? LCS_API : FWI_API;
    Optional<NotePage> read = read(system, HostileValues.mutate(random, page));

    read.ifPresent(p -> checkNotes(system, p));
    Statistics.label("mutated").collect(read.isPresent() ? "read" : "refused");
    Statistics.label("mutated").coverage(c -> c.check("read").count(n -> n > 0));
  }

  @Property(tries = 300)
  void reportingRowsOfAnyValuesMapEveryRow(@ForAll("choices") List<Integer> choices) {
    Random random = new ChoiceRandom(choices);
    List<Map<String, Object>> rows = HostileValues.list(random, () -> row(random));

    NotePage page =
        new SqlNotePages(LCS_REPORTING)
            .read(
                rows,
                formId -> HostileValues.list(random, () -> answerRow(random)),
                personId -> HostileValues.list(random, () -> workerRow(random)));

    assertThat(page.size()).as("every row a note or unreadable").isEqualTo(rows.size());
    Statistics.label("rows").collect(page.notes().isEmpty() ? "no note" : "notes");
    Statistics.label("rows").coverage(c -> c.check("notes").percentage(p -> p > 20));
    checkNotes(LCS_REPORTING, page);
  }

  /** The page read, or empty when refused as malformed; anything else thrown fails the property. */
  private static Optional<NotePage> read(SystemDefinition system, String body) {
    try {
      NotePage page = NotePageReader.forSystem(system).read(body, 1);
      Statistics.label("pages").collect(page.notes().isEmpty() ? "read, no note" : "read, notes");
      return Optional.of(page);
    } catch (MalformedPageException e) {
      Statistics.label("pages").collect("malformed");
      assertThat(e.getMessage()).isNotBlank().doesNotContain(HostileValues.MARKER);
      return Optional.empty();
    }
  }

  private static void checkNotes(SystemDefinition system, NotePage page) {
    NoteScreen screen =
        new NoteScreen(
            NoteScreen.Limits.DEFAULT,
            system.rules().noteTypes(),
            system.fields().caseId() != null);
    for (UnreadableNote u : page.unreadable()) {
      assertThat(u.reason()).isNotBlank().doesNotContain(HostileValues.MARKER);
      assertThat(u.noteIdOrPosition()).isNotBlank();
    }
    for (CaseNote note : page.notes()) {
      assertThat(note.noteId())
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(NoteScreen.MOST_NOTE_ID_CHARACTERS);
      assertThat(note.version())
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(NoteScreen.MOST_VERSION_CHARACTERS);
      assertThat(NoteText.hasControlCharacter(note.noteId() + note.version())).isFalse();
      assertThat(note.modifiedAt()).isNotNull();
      screen
          .check(note, NOW)
          .ifPresent(r -> assertThat(r.reason()).doesNotContain(HostileValues.MARKER));
    }
  }

  /** A page of the JSON API: mostly notes in the file's shape with hostile values, not always. */
  private static Map<String, Object> jsonPage(Random r) {
    Map<String, Object> page = new LinkedHashMap<>();
    if (r.nextInt(10) == 0) {
      page.put("items", HostileValues.json(r, 2));
    } else {
      page.put(
          "items",
          HostileValues.list(
              r,
              () ->
                  switch (r.nextInt(8)) {
                    case 0 -> HostileValues.json(r, 2);
                    case 1, 2, 3 -> plainJsonNote(r);
                    default -> jsonNote(r);
                  }));
    }
    if (r.nextBoolean()) {
      page.put("nextCursor", HostileValues.json(r, 1));
    }
    return page;
  }

  private static Object jsonNote(Random r) {
    Map<String, Object> note = new LinkedHashMap<>();
    maybe(
        r, note, "id", () -> r.nextInt(4) == 0 ? HostileValues.json(r, 1) : "cn-" + r.nextInt(99));
    maybe(r, note, "version", () -> HostileValues.json(r, 1));
    maybe(r, note, "lastModified", () -> HostileValues.timeText(r));
    maybe(r, note, "recordedAt", () -> HostileValues.timeText(r));
    maybe(r, note, "type", () -> r.nextBoolean() ? "IRO_DRP" : HostileValues.json(r, 1));
    maybe(r, note, "body", () -> HostileValues.json(r, 1));
    maybe(r, note, "author", () -> r.nextInt(4) == 0 ? HostileValues.json(r, 1) : worker(r));
    maybe(
        r,
        note,
        "subject",
        () -> {
          if (r.nextInt(5) == 0) {
            return HostileValues.json(r, 2);
          }
          Map<String, Object> subject = new LinkedHashMap<>();
          maybe(r, subject, "personId", () -> plausible(r, "P-" + r.nextInt(99)));
          maybe(r, subject, "caseId", () -> plausible(r, "C-" + r.nextInt(99)));
          maybe(
              r,
              subject,
              "allocatedWorkers",
              () ->
                  r.nextInt(5) == 0
                      ? HostileValues.json(r, 1)
                      : HostileValues.list(r, () -> (Object) worker(r)));
          return subject;
        });
    maybe(
        r,
        note,
        "formAnswers",
        () ->
            r.nextInt(5) == 0
                ? HostileValues.json(r, 2)
                : HostileValues.list(
                    r,
                    () -> {
                      Map<String, Object> answer = new LinkedHashMap<>();
                      maybe(
                          r,
                          answer,
                          "question",
                          () ->
                              r.nextBoolean()
                                  ? HostileValues.pick(r, LCS_QUESTIONS)
                                  : HostileValues.json(r, 1));
                      maybe(r, answer, "answer", () -> HostileValues.json(r, 1));
                      return (Object) answer;
                    }));
    if (r.nextInt(4) == 0) {
      note.putAll(HostileValues.object(r, 1));
    }
    return note;
  }

  /** A note in the file's shape with plain values; only its text and answers are hostile. */
  private static Object plainJsonNote(Random r) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", "cn-" + r.nextInt(99));
    note.put("version", String.valueOf(1 + r.nextInt(9)));
    note.put("lastModified", NOW.minusSeconds(r.nextInt(1_000_000)).toString());
    note.put("type", "IRO_DRP");
    note.put("body", HostileValues.text(r));
    note.put("author", worker(r));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("personId", "P-" + r.nextInt(99));
    subject.put("caseId", "C-" + r.nextInt(99));
    subject.put("allocatedWorkers", HostileValues.list(r, () -> (Object) worker(r)));
    note.put("subject", subject);
    note.put(
        "formAnswers",
        HostileValues.list(
            r,
            () -> {
              Map<String, Object> answer = new LinkedHashMap<>();
              answer.put("question", HostileValues.pick(r, LCS_QUESTIONS));
              answer.put("answer", HostileValues.text(r));
              return (Object) answer;
            }));
    return note;
  }

  /** The plausible value three times in four, else anything. */
  private static Object plausible(Random r, Object value) {
    return r.nextInt(4) > 0 ? value : HostileValues.json(r, 1);
  }

  private static final List<String> LCS_QUESTIONS =
      List.of(
          "drpAction",
          "drpReference",
          "drpTrack",
          "drpCategory",
          "drpStartAt",
          "drpResponseType",
          "drpReason",
          "drpApprovedBy",
          "drpExtendBy");

  private static Map<String, Object> worker(Random r) {
    Map<String, Object> w = new LinkedHashMap<>();
    maybe(
        r,
        w,
        "role",
        () ->
            r.nextBoolean()
                ? HostileValues.pick(r, List.of("SOCIAL_WORKER", "TEAM_MANAGER"))
                : HostileValues.json(r, 1));
    for (String key : List.of("id", "name", "email", "team")) {
      maybe(r, w, key, () -> HostileValues.json(r, 1));
    }
    return w;
  }

  /** An observation of the XML API, its elements and attributes present or not, any text. */
  private static String observation(Random r) {
    Xml x = new Xml(r);
    x.open("observation", attrs(r, "id", "revision"));
    x.maybeElement("formType", () -> r.nextBoolean() ? "IRO_MONITORING" : HostileValues.text(r));
    x.maybeElement("changedAt", () -> String.valueOf(HostileValues.timeText(r)));
    x.maybeElement("recordedAt", () -> String.valueOf(HostileValues.timeText(r)));
    if (r.nextInt(5) > 0) {
      x.open("episode", attrs(r, "id"));
      x.maybeElement("personRef", () -> HostileValues.text(r));
      int workers = r.nextInt(4);
      for (int i = 0; i < workers; i++) {
        x.open("worker", attrs(r, "relationship", "workerId"));
        x.maybeElement("name", () -> HostileValues.text(r));
        x.maybeElement("email", () -> HostileValues.text(r));
        x.close("worker");
      }
      x.close("episode");
    }
    if (r.nextInt(5) > 0) {
      x.open("recordedBy", attrs(r, "workerId"));
      x.maybeElement("name", () -> HostileValues.text(r));
      x.maybeElement("team", () -> HostileValues.text(r));
      x.close("recordedBy");
    }
    x.maybeElement("narrative", () -> HostileValues.text(r));
    x.open("answers", Map.of());
    int answers = r.nextInt(5);
    for (int i = 0; i < answers; i++) {
      Map<String, String> code =
          r.nextBoolean()
              ? Map.of(
                  "code",
                  HostileValues.pick(
                      r,
                      List.of(
                          "DRP_ACTION",
                          "DRP_REF",
                          "DRP_SIGNIFICANCE",
                          "DRP_START_STAGE",
                          "DRP_REASON")))
              : attrs(r, "code");
      x.open("answer", code).text(HostileValues.text(r)).close("answer");
    }
    x.close("answers");
    if (r.nextInt(6) == 0) {
      x.open("extra", attrs(r, "x")).text(HostileValues.text(r)).close("extra");
    }
    return x.close("observation").toString();
  }

  private static Map<String, String> attrs(Random r, String... names) {
    Map<String, String> attrs = new LinkedHashMap<>();
    for (String name : names) {
      if (r.nextInt(6) > 0) {
        attrs.put(name, HostileValues.text(r));
      }
    }
    return attrs;
  }

  private static String xmlPage(Random r, List<String> observations) {
    String more =
        r.nextBoolean()
            ? ""
            : " morePages=\""
                + Xml.escape(
                    r.nextBoolean() ? String.valueOf(r.nextBoolean()) : HostileValues.text(r))
                + "\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><observationPage page=\"1\""
        + more
        + ">"
        + String.join("", observations)
        + "</observationPage>";
  }

  private static final List<String> REPORTING_COLUMNS =
      List.of(
          "FACT_CASENOTE_ID",
          "DIM_PERSON_ID",
          "EVENT_DTTM",
          "LAST_MODIFIED_DTTM",
          "DIM_LOOKUP_CASNT_TYPE_ID_CODE",
          "FACT_FORM_ID",
          "CASENOTE_TEXT",
          "AUTHOR_ID",
          "AUTHOR_NAME",
          "AUTHOR_EMAIL",
          "AUTHOR_TEAM");

  private static Map<String, Object> row(Random r) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (r.nextInt(3) == 0) {
      row.put("FACT_CASENOTE_ID", (long) r.nextInt(100_000));
      row.put("DIM_PERSON_ID", (long) r.nextInt(100_000));
      row.put("EVENT_DTTM", java.sql.Timestamp.from(NOW.minusSeconds(r.nextInt(1_000_000))));
      row.put("LAST_MODIFIED_DTTM", java.sql.Timestamp.from(NOW.minusSeconds(r.nextInt(100_000))));
      row.put("DIM_LOOKUP_CASNT_TYPE_ID_CODE", "IRO");
      row.put("FACT_FORM_ID", (long) r.nextInt(100_000));
      row.put("CASENOTE_TEXT", HostileValues.text(r));
      return row;
    }
    for (String column : REPORTING_COLUMNS) {
      if (r.nextInt(8) > 0) {
        String name = r.nextBoolean() ? column : column.toLowerCase(Locale.ROOT);
        Object value =
            switch (column) {
              case "LAST_MODIFIED_DTTM", "EVENT_DTTM" ->
                  r.nextBoolean()
                      ? java.sql.Timestamp.from(HostileValues.instant(r))
                      : HostileValues.column(r);
              case "DIM_LOOKUP_CASNT_TYPE_ID_CODE" ->
                  r.nextBoolean() ? "IRO" : HostileValues.column(r);
              default -> HostileValues.column(r);
            };
        row.put(name, value);
      }
    }
    return row;
  }

  private static Map<String, Object> answerRow(Random r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(
        "ANSWER_NO", r.nextBoolean() ? String.valueOf(1 + r.nextInt(11)) : HostileValues.column(r));
    row.put("ANSWER", HostileValues.column(r));
    return row;
  }

  private static Map<String, Object> workerRow(Random r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(
        "ROLE_CODE",
        r.nextBoolean() ? HostileValues.pick(r, List.of("SW", "TM")) : HostileValues.column(r));
    for (String column : List.of("DIM_WORKER_ID", "WORKER_NAME", "EMAIL_ADDRESS", "TEAM_NAME")) {
      row.put(column, HostileValues.column(r));
    }
    return row;
  }

  private static void maybe(
      Random r, Map<String, Object> into, String key, java.util.function.Supplier<Object> value) {
    if (r.nextInt(8) > 0) {
      into.put(key, value.get());
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the generated page could not be written", e);
    }
  }

  private static SystemDefinition load(String id) {
    return ShippedSystems.loader().load(Path.of("mappings/systems/" + id + ".yaml"));
  }

  /** Writes XML with every value escaped, and now and then a character XML does not allow. */
  private static final class Xml {
    private final Random r;
    private final StringBuilder out = new StringBuilder();

    Xml(Random r) {
      this.r = r;
    }

    Xml open(String name, Map<String, String> attributes) {
      out.append('<').append(name);
      attributes.forEach(
          (k, v) -> out.append(' ').append(k).append("=\"").append(value(v)).append('"'));
      out.append('>');
      return this;
    }

    Xml close(String name) {
      out.append("</").append(name).append('>');
      return this;
    }

    Xml text(String text) {
      out.append(value(text));
      return this;
    }

    void maybeElement(String name, java.util.function.Supplier<String> text) {
      int times = r.nextInt(8) == 0 ? 2 : (r.nextInt(6) > 0 ? 1 : 0);
      for (int i = 0; i < times; i++) {
        open(name, Map.of()).text(text.get()).close(name);
      }
    }

    /** Escaped; one in fifty keeps the characters XML forbids, for a page that is not XML. */
    private String value(String v) {
      return r.nextInt(50) == 0
          ? escape(v)
          : escape(
              v.codePoints()
                  .filter(Xml::allowed)
                  .collect(
                      StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                  .toString());
    }

    static String escape(String v) {
      return v.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }

    private static boolean allowed(int c) {
      return c == 0x9
          || c == 0xA
          || c == 0xD
          || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)
          || c >= 0x10000;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
