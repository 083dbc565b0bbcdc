package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.testing.MutableClock;

/**
 * A vendor's own shapes read by a file alone: the note's state and title as fields a rule reads,
 * the event time from one field or else another, dates without a time, and times in the vendor's
 * own pattern. Every person here is invented.
 */
class VendorShapesTest {

  private static final String FILE =
      """
      id: vendor-api
      name: A vendor's API
      protocol: day-range-lac-cp
      source:
        kind: http-json
        baseUrl: "https://api.council.example"
        path: /case_notes
        query: {changed_since: "{{watermark}}", page: "{{page}}"}
        pageSize: 10
        initialWatermark: "2026-01-01T00:00:00Z"
        paging: {kind: page, firstPage: 1}
        notesAt: /data
      fields:
        noteId: /note_id
        modifiedAt: /updated_at
        personId: /person_id
        noteType: /note_type
        authorId: /author_id
        recordedAt: [/effective_date, /created_on]
        text: /body
        form: {items: /answers, name: /question, value: /answer}
        formFields: {Action: action}
        noteFields: {state: /state, title: /title}
        timeZone: Europe/London
        timePatterns: ["dd/MM/yyyy HH:mm", "dd/MM/yyyy"]
        dateOnlyAt: "12:00"
      rules:
        noteTypes: [IRO_DISPUTE]
        commandField: action
        commandByAnswer: {Raise: raise}
        draftField: state
        finalAnswers: [COMPLETE]
      writeBack:
        kind: http
        path: /case_notes
        body: '{"text": "{{text}}"}'
      """;

  /** The poll runs on Tuesday 3 November 2026 at 10:00 London (GMT). */
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-03T10:00:00Z"));

  @TempDir Path dir;

  @Test
  void theNotesOwnFieldsJoinItsFormUnderTheNamesRulesRead() throws IOException {
    CaseNote note = one("\"state\": \"DRAFT\", \"title\": \"Dispute\", \"effective_date\": null");

    assertThat(note.answer("state")).contains("DRAFT");
    assertThat(note.answer("title")).contains("Dispute");
    assertThat(note.answer("action")).contains("Raise");
  }

  @Test
  void theEventTimeFallsBackToTheNextFieldThatHoldsOne() throws IOException {
    CaseNote effective =
        one("\"effective_date\": \"2026-11-02T09:30:00Z\", \"created_on\": \"2026-11-01\"");
    CaseNote created = one("\"created_on\": \"2026-11-02T08:00:00Z\"");
    CaseNote neither = one("\"state\": \"COMPLETE\"");

    assertThat(effective.recordedAt()).isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
    assertThat(created.recordedAt()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
    assertThat(neither.recordedAt())
        .as("with neither, the modification time, as before")
        .isEqualTo(neither.modifiedAt());
  }

  @Test
  void aDateAloneIsReadAtTheFilesTimeOfDayAndTodayNoLaterThanThePoll() throws IOException {
    CaseNote yesterday = one("\"effective_date\": \"2026-11-02\"");
    CaseNote today = one("\"effective_date\": \"2026-11-03\"");

    assertThat(yesterday.recordedAt()).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    assertThat(today.recordedAt())
        .as("12:00 today is still to come at 10:00: the poll's time")
        .isEqualTo(clock.instant());
  }

  @Test
  void timesInTheVendorsPatternAreReadInTheFilesTimeZone() throws IOException {
    CaseNote summer = one("\"effective_date\": \"02/07/2026 09:30\"");
    CaseNote dateOnly = one("\"effective_date\": \"02/11/2026\"");
    CaseNote neither = one("\"effective_date\": \"the second of July\"", true);

    assertThat(summer.recordedAt())
        .as("British Summer Time")
        .isEqualTo(Instant.parse("2026-07-02T08:30:00Z"));
    assertThat(dateOnly.recordedAt()).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    assertThat(neither).isNull();
  }

  private CaseNote one(String extra) throws IOException {
    return one(extra, false);
  }

  /** The note mapped, or null when it is unreadable (and then {@code unreadable} is expected). */
  private CaseNote one(String extra, boolean unreadable) throws IOException {
    String page =
        """
        {"data": [{"note_id": "n-1", "updated_at": "2026-11-03T09:00:00Z", "person_id": "P-1",
          "note_type": "IRO_DISPUTE", "author_id": "w-1", "body": "Invented.",
          "answers": [{"question": "Action", "answer": "Raise"}], %s}]}
        """
            .formatted(extra);
    NotePage read = NotePageReader.forSystem(system(), clock).read(page, 1);
    if (unreadable) {
      assertThat(read.unreadable())
          .singleElement()
          .satisfies(u -> assertThat(u.reason()).contains("timePatterns", "/effective_date"));
      return null;
    }
    assertThat(read.unreadable()).isEmpty();
    return read.notes().get(0);
  }

  private SystemDefinition system() throws IOException {
    return ShippedSystems.loader().load(Files.writeString(dir.resolve("vendor-api.yaml"), FILE));
  }
}
