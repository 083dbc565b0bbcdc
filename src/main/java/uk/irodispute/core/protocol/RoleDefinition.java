package uk.irodispute.core.protocol;

/**
 * A role a protocol names, and where the person behind it is found.
 *
 * @param id for example {@code team-manager}
 * @param name for example {@code Team Manager}
 * @param source where the person is found
 */
public record RoleDefinition(String id, String name, RoleSource source) {

  /** The chair who raised the dispute: every protocol has it without declaring it. */
  public static final String CHAIR = "chair";

  /**
   * Whoever recorded the note an alert answers, when it is not the chair: told why their note was
   * not applied. No protocol declares it.
   */
  public static final String AUTHOR = "note-author";

  /** Where the person holding a role is found. */
  public enum RoleSource {
    /** The IRO or CP chair who raised the dispute. */
    CHAIR,
    /** Allocated on the child's case in the case system (social worker, team manager). */
    CASE,
    /** The council's staff directory under {@code mappings/directory/}. */
    DIRECTORY,
    /** Outside the council (CAFCASS, legal advice). */
    EXTERNAL
  }
}
