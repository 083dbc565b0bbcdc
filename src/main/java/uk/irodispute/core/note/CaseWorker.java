package uk.irodispute.core.note;

/**
 * A member of staff as a case system or the directory knows them.
 *
 * @param role the protocol role they hold for this case (for example {@code social-worker}, {@code
 *     chair}); null when not known
 * @param id the case system's or directory's worker id
 * @param name their name as it should appear in a message
 * @param email where alerts reach them; null when not known
 * @param team their team or service area, as the case system names it; null when not known
 */
public record CaseWorker(String role, String id, String name, String email, String team) {

  /** The same person holding another role. */
  public CaseWorker as(String otherRole) {
    return new CaseWorker(otherRole, id, name, email, team);
  }
}
