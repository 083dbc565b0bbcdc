package uk.irodispute.directory;

/**
 * A member of staff (or a shared mailbox) in the council's staff directory.
 *
 * @param id the directory's id for them, used under an area's roles; a case system's worker id when
 *     the directory is to supply that worker's address
 * @param name their name as it should appear in a message
 * @param email where alerts reach them
 */
public record DirectoryPerson(String id, String name, String email) {}
