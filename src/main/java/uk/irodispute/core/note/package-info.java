/**
 * The canonical case note, whatever case system it came from, and how a note becomes a dispute
 * command. Plain Java: the mapping from vendor rows, JSON and XML happens outside the core.
 */
package uk.irodispute.core.note;
