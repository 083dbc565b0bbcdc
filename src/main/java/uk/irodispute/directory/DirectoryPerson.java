package uk.irodispute.directory;

/**
 * A member of staff (or a shared mailbox) in the council's staff directory.
 *
 * @param id the directory's id for them, used under an area's roles; a case system's worker id when
 *     the directory is to supply that worker's address
 * @param name their name as it should appear in a message
 * @param email where alerts reach them
 * @param language the language they read messages in ({@code en} or {@code cy}); null to follow
 *     their service area
 */
public record DirectoryPerson(String id, String name, String email, String language) {

  /** A person who reads messages in their service area's language. */
  public DirectoryPerson(String id, String name, String email) {
    this(id, name, email, null);
  }
}
