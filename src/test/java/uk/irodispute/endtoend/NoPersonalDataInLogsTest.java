package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.irodispute.privacy.Pseudonyms;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * Disputes in all three sandbox systems, raised, answered, escalated, breached by the clock, with a
 * refused note, a failed poll and a failed write-back among them, while every line logged (the
 * adapter's own at DEBUG) is captured: no child's id, no invented name or note text, no staff name
 * or address, no secret appears; the children's pseudonyms do.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest extends SharedSandboxRun {

  /** Invented, written into the notes' text and answers: the name of a child no one has. */
  private static final String CHILD_NAME = "Amara Quillfeather";

  private static final String NOTE_TEXT =
      CHILD_NAME + "'s contact with her brother stopped after the review; nobody has said why.";

  private static final String LCS_CHILD = "2004";
  private static final String FWI_CHILD = "P300103";
  private static final String REPORTING_CHILD = "1004";

  /** The staff these children's notes and mails name, as the sandbox rosters invent them. */
  private static final List<String> STAFF =
      List.of(
          "Leon Hartley",
          "leon.hartley@council.example",
          "Isaac Mercer",
          "isaac.mercer@council.example",
          "Tariq Hollis",
          "tariq.hollis@council.example",
          "Connor Vale",
          "connor.vale@council.example",
          "Gus Linden",
          "gus.linden@council.example",
          "Adam Quist",
          "adam.quist@council.example",
          "Owen Marsh",
          "owen.marsh@council.example",
          "Ravi Tanner",
          "ravi.tanner@council.example",
          "Nico Farrant",
          "nico.farrant@council.example");

  @Autowired Pseudonyms pseudonyms;

  private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

  @BeforeEach
  void adaptersOwnLinesAtDebug() {
    logging.setLogLevel("uk.irodispute", LogLevel.DEBUG);
  }

  @AfterEach
  void backToDefaults() {
    logging.setLogLevel("uk.irodispute", null);
    sandbox.clearFaults();
  }

  @Test
  void aWholeRunLogsPseudonymsButNoChildsIdNameOrNoteTextAndNoStaffData(CapturedOutput log) {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, LCS_CHILD)
            .action("raise")
            .answer("track", "CP")
            .text(NOTE_TEXT)
            .build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.FWI_API, FWI_CHILD).action("raise").text(NOTE_TEXT).build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, REPORTING_CHILD)
            .action("raise")
            .answer("track", "CP")
            .answer("status", "Complete")
            .text(NOTE_TEXT)
            .build());
    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.malformedBodies(1));
    poll(SandboxSystem.FWI_API);
    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));
    for (SandboxSystem system : SandboxSystem.values()) {
      pollAndDeliver(system);
    }

    clock.set(Instant.parse("2026-11-17T11:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, LCS_CHILD)
            .by(Post.SOCIAL_WORKER)
            .action("respond")
            .text("Replying about " + CHILD_NAME)
            .build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.FWI_API, FWI_CHILD)
            .action("escalate")
            .answer("reference", "DRP-2026-999999")
            .text(NOTE_TEXT)
            .build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, LCS_CHILD)
            .action("escalate")
            .answer("reason", "More time to meet " + CHILD_NAME)
            .build());
    for (SandboxSystem system : SandboxSystem.values()) {
      pollAndDeliver(system);
    }
    clock.set(Instant.parse("2026-11-30T18:00:00Z"));
    tick();
    deliver();

    String all = log.getAll();
    assertThat(all)
        .as("the run logged its notes, with pseudonyms")
        .contains("Note lcs-api:", "Note fwi-api:", "Note lcs-reporting:")
        .contains(pseudonyms.of(LCS_CHILD), pseudonyms.of(FWI_CHILD))
        .contains(pseudonyms.of(REPORTING_CHILD))
        .contains("poll stopped");
    assertThat(all)
        .doesNotContain(CHILD_NAME)
        .doesNotContain("Quillfeather")
        .doesNotContain("contact with her brother")
        .doesNotContain("Replying about")
        .doesNotContain("More time to meet")
        .doesNotContain(FWI_CHILD)
        .doesNotContain("sandbox-only-lcs-client-secret")
        .doesNotContain("sandbox-only-fwi-password");
    for (String staff : STAFF) {
      assertThat(all).doesNotContain(staff);
    }
    for (String id : List.of(LCS_CHILD, REPORTING_CHILD)) {
      assertThat(standingAlone(id).matcher(all).find()).as("person id " + id + " logged").isFalse();
    }
  }

  /**
   * A short numeric id as a word of its own: not inside another number or id ({@code C-20004}), nor
   * a duration the test framework logs ({@code 2004 millis}); the process id is checked not to be
   * one of them.
   */
  private static Pattern standingAlone(String id) {
    assumeFalse(Long.toString(ProcessHandle.current().pid()).equals(id), "the process id is " + id);
    return Pattern.compile("(?<![\\w.-])" + id + "(?![\\w.-]|ms| millis)");
  }
}
