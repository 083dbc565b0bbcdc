package uk.irodispute.systems.mapping;

/**
 * A note in a page that cannot be mapped: recorded with its reason, and the rest of the page read.
 *
 * @param noteIdOrPosition the note's id when it could be read, else {@code position N} (1-based)
 * @param reason which field is missing or wrong and where the file says it is; never a value
 */
public record UnreadableNote(String noteIdOrPosition, String reason) {}
