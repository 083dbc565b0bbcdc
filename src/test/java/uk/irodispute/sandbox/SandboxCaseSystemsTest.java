package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recording and editing notes through the Java API, on a clock that stands still: versions,
 * strictly rising modification times, and the checks that keep a test from writing a note the
 * system could not hold.
 */
class SandboxCaseSystemsTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00.123456Z");

  final SandboxCaseSystems sandbox =
      new SandboxCaseSystems(
          Clock.fixed(NOW, ZoneOffset.UTC),
          new ReportingDatabase(
              "jdbc:h2:mem:sandbox-case-systems-test;DB_CLOSE_DELAY=-1", "sa", ""),
          null,
          new LcsTokens(Clock.fixed(NOW, ZoneOffset.UTC), "client", "secret", Duration.ofHours(1)));

  @Test
  void notesWrittenAtOneInstantGetStrictlyRisingMillisecondTimes() {
    RecordedNote a =
        sandbox.record(NoteRequest.in(SandboxSystem.LCS_API, "2001").action("raise").build());
    RecordedNote b =
        sandbox.record(NoteRequest.in(SandboxSystem.LCS_API, "2002").action("raise").build());
    RecordedNote edited = sandbox.edit(SandboxSystem.LCS_API, a.noteId(), Map.of(), "Changed.");

    assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2026-11-04T10:00:00.123Z"));
    assertThat(b.modifiedAt()).isEqualTo(a.modifiedAt().plusMillis(1));
    assertThat(edited.modifiedAt()).isEqualTo(b.modifiedAt().plusMillis(1));
    assertThat(edited.recordedAt()).isEqualTo(a.recordedAt());
    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.text()).isEqualTo("Changed.");
    assertThat(sandbox.history(SandboxSystem.LCS_API, a.noteId()))
        .extracting(RecordedNote::version)
        .containsExactly(1, 2);
    assertThat(sandbox.notes(SandboxSystem.LCS_API))
        .extracting(RecordedNote::noteId)
        .endsWith(b.noteId(), a.noteId());
  }

  @Test
  void anEditChangesTheGivenAnswersAndRemovesBlankOnes() {
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.FWI_API, "P300101")
                .action("raise")
                .answer("seriousness", "routine")
                .answer("reason", "Drift")
                .build());
    Map<String, String> changes = new HashMap<>();
    changes.put("seriousness", "very-significant");
    changes.put("reason", "");

    RecordedNote edited = sandbox.edit(SandboxSystem.FWI_API, note.noteId(), changes, null);

    assertThat(edited.answers())
        .containsEntry("action", "raise")
        .containsEntry("seriousness", "very-significant")
        .doesNotContainKey("reason");
    assertThat(edited.text()).isEqualTo(note.text());
  }

  @Test
  void theAuthorIsTheChildsWorkerInAPostOrANamedWorker() {
    RecordedNote byIro =
        sandbox.record(NoteRequest.in(SandboxSystem.FWI_API, "P300103").action("raise").build());
    RecordedNote bySocialWorker =
        sandbox.record(
            NoteRequest.in(SandboxSystem.FWI_API, "P300103")
                .by(Post.SOCIAL_WORKER)
                .action("respond")
                .build());
    RecordedNote byNamed =
        sandbox.record(
            NoteRequest.in(SandboxSystem.FWI_API, "P300103")
                .byWorker("FW304")
                .action("comment")
                .build());

    assertThat(byIro.authorId()).isEqualTo("FW306");
    assertThat(bySocialWorker.authorId()).isEqualTo("FW302");
    assertThat(byNamed.authorId()).isEqualTo("FW304");
  }

  @Test
  void theReportingFormIsCompleteUnlessSavedAsADraft() {
    RecordedNote complete =
        sandbox.record(NoteRequest.in(SandboxSystem.LCS_REPORTING, "1001").action("raise").build());
    RecordedNote draft =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_REPORTING, "1001").action("raise").draft().build());

    assertThat(complete.answer("status")).isEqualTo("Complete");
    assertThat(draft.answer("status")).isEqualTo("Draft");
    assertThat(complete.isDraft()).isFalse();
    assertThat(draft.isDraft()).isTrue();
  }

  @Test
  void theApisSaveDraftsTooAsTheNotesOwnState() {
    RecordedNote draft =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_API, "2001").action("raise").draft().build());
    RecordedNote completed =
        sandbox.edit(SandboxSystem.LCS_API, draft.noteId(), Map.of("status", "Complete"), null);

    assertThat(draft.isDraft()).isTrue();
    assertThat(completed.isDraft()).isFalse();
    assertThat(completed.version()).isEqualTo(draft.version() + 1);
  }

  @Test
  void aNoteTheSystemCouldNotHoldIsRefusedNamingWhy() {
    assertThatThrownBy(
            () ->
                sandbox.record(
                    NoteRequest.in(SandboxSystem.LCS_API, "1001").action("raise").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lcs-api has no child '1001'")
        .hasMessageContaining("2001");
    assertThatThrownBy(
            () ->
                sandbox.record(
                    NoteRequest.in(SandboxSystem.FWI_API, "P300101")
                        .action("raise")
                        .answer("track", "LAC")
                        .build()))
        .hasMessageContaining("fwi-api's dispute form has no question for 'track'");
    assertThatThrownBy(
            () ->
                sandbox.record(
                    NoteRequest.in(SandboxSystem.LCS_API, "2001").byWorker("FW301").build()))
        .hasMessageContaining("has no worker 'FW301'");
  }

  @Test
  void aValueTheVendorHasNoWordForIsWrittenAsItIs() {
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_REPORTING, "1002")
                .action("shout")
                .answer("track", "Looked after")
                .build());

    VendorForm form = VendorForm.of(SandboxSystem.LCS_REPORTING);
    assertThat(form.vendorAnswer("action", note.answer("action"))).isEqualTo("shout");
    assertThat(form.vendorAnswer("track", note.answer("track"))).isEqualTo("Looked after");
    assertThat(form.vendorAnswer("track", "CP")).isEqualTo("Child protection");
  }

  @Test
  void notesAndTheirRequestsKeepTheirTextOutOfToString() {
    NoteRequest request =
        NoteRequest.in(SandboxSystem.LCS_API, "2001").action("raise").text("Private words").build();
    RecordedNote note = sandbox.record(request);

    assertThat(request.toString()).doesNotContain("Private words");
    assertThat(note.toString()).doesNotContain("Private words");
  }
}
