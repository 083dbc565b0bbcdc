package uk.irodispute.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A note recorded in a sandbox API exactly as given, without the sandbox's checks: a child who is
 * not on the roster or no child at all, any author's name, address and team, any note id, dates in
 * the future or the past, text of any size. It is how the adapter's screen and escaping are tried
 * against what a case system might hold. Notes on a roster child carry that child's case and
 * allocated workers unless told otherwise.
 *
 * @param system {@code lcs-api} or {@code fwi-api}; the reporting database takes hostile rows in
 *     its own tables
 * @param noteId the note's id; null for the system's next
 * @param noteType the note type; null for the system's dispute note type
 * @param personId the child; null for a note that names none
 * @param caseId the case or episode; null for the roster child's, or none
 * @param author who wrote it, with any name, address and team
 * @param recordedAt when it says it was recorded; null for now
 * @param modifiedAt when it says it was last changed; null for now (strictly after the last change)
 * @param answers canonical field to canonical value, as for {@link NoteRequest}
 * @param text the note's text
 */
public record UncheckedNote(
    SandboxSystem system,
    String noteId,
    String noteType,
    String personId,
    String caseId,
    SandboxWorker author,
    Instant recordedAt,
    Instant modifiedAt,
    Map<String, String> answers,
    String text) {

  public UncheckedNote {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(author, "author");
    if (system == SandboxSystem.LCS_REPORTING) {
      throw new IllegalArgumentException(
          "lcs-reporting is a database: write unchecked rows into its tables");
    }
    answers = Map.copyOf(answers);
    text = text == null ? "" : text;
  }

  /** No note text here: it is a child's personal data. */
  @Override
  public String toString() {
    return "UncheckedNote[" + system.id() + ", " + answers.get("action") + "]";
  }

  /** Starts a note in a system, by the given author. */
  public static Builder in(SandboxSystem system, SandboxWorker author) {
    return new Builder(system, author);
  }

  /** Builds an {@link UncheckedNote}. */
  public static final class Builder {
    private final SandboxSystem system;
    private final SandboxWorker author;
    private String noteId;
    private String noteType;
    private String personId;
    private String caseId;
    private Instant recordedAt;
    private Instant modifiedAt;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private String text = "IRO dispute note, recorded unchecked.";

    private Builder(SandboxSystem system, SandboxWorker author) {
      this.system = system;
      this.author = author;
    }

    public Builder noteId(String id) {
      this.noteId = id;
      return this;
    }

    public Builder noteType(String type) {
      this.noteType = type;
      return this;
    }

    /** About this child (a roster child brings their case and allocated workers). */
    public Builder about(String person) {
      this.personId = person;
      return this;
    }

    public Builder caseId(String id) {
      this.caseId = id;
      return this;
    }

    public Builder recordedAt(Instant at) {
      this.recordedAt = at;
      return this;
    }

    public Builder modifiedAt(Instant at) {
      this.modifiedAt = at;
      return this;
    }

    public Builder action(String action) {
      return answer("action", action);
    }

    public Builder answer(String field, String value) {
      answers.put(field, value);
      return this;
    }

    public Builder text(String noteText) {
      this.text = noteText;
      return this;
    }

    public UncheckedNote build() {
      return new UncheckedNote(
          system,
          noteId,
          noteType,
          personId,
          caseId,
          author,
          recordedAt,
          modifiedAt,
          answers,
          text);
    }
  }
}
