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
