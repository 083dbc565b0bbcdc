package uk.irodispute.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dispute note to record in a sandbox case system, as an IRO or a member of the child's team
 * would write it there. Answers are given by canonical field and value ({@code action: raise},
 * {@code track: LAC}, {@code seriousness: very-significant}); the sandbox words them as the system
 * does. A value the system has no word for is written as it is, so that a test can write a wrong
 * one.
 *
 * @param system the case system
 * @param personId the child
 * @param author a worker id, or a post ({@code iro}, {@code social-worker}, {@code team-manager})
 *     for the child's allocated worker in it
 * @param answers canonical field to canonical value; {@code action} names the command
 * @param text the note's text; null for a short invented one
 * @param draft true to save it as a draft (only the reporting database's form has a status)
 */
public record NoteRequest(
    SandboxSystem system,
    String personId,
    String author,
    Map<String, String> answers,
    String text,
    boolean draft) {

  public NoteRequest {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(author, "author");
    answers = Map.copyOf(answers);
  }

  /** No note text here: it is a child's personal data. */
  @Override
  public String toString() {
    return "NoteRequest["
        + system.id()
        + ", person "
        + personId
        + ", "
        + answers.get("action")
        + "]";
  }

  /** Starts a note about a child in a system, written by the child's IRO unless told otherwise. */
  public static Builder in(SandboxSystem system, String personId) {
    return new Builder(system, personId);
  }

  /** Builds a {@link NoteRequest}. */
  public static final class Builder {
    private final SandboxSystem system;
    private final String personId;
    private String author = Post.IRO.id();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private String text;
    private boolean draft;

    private Builder(SandboxSystem system, String personId) {
      this.system = system;
      this.personId = personId;
    }

    /** Written by the child's allocated worker in this post. */
    public Builder by(Post post) {
      this.author = post.id();
      return this;
    }

    /** Written by this worker. */
    public Builder byWorker(String workerId) {
      this.author = workerId;
      return this;
    }

    /** The command: {@code raise}, {@code respond}, {@code pause}, ... */
    public Builder action(String action) {
      return answer("action", action);
    }

    /** A canonical form answer. */
    public Builder answer(String field, String value) {
      answers.put(field, value);
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Saved as a draft, to be completed by an edit. */
    public Builder draft() {
      this.draft = true;
      return this;
    }

    public NoteRequest build() {
      return new NoteRequest(system, personId, author, answers, text, draft);
    }
  }
}
