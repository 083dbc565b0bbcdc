package uk.irodispute.systems;

import java.nio.file.Path;
import uk.irodispute.core.note.NoteRules;

/**
 * One case-system connection, read from one file under {@code mappings/systems/}.
 *
 * @param id the file's {@code id}; notes, watermarks and subjects carry it
 * @param name a name for operations and the console
 * @param file the file it was read from
 * @param enabled false to keep the file but not poll it
 * @param source where and how notes are read
 * @param auth how requests to the system authenticate (HTTP sources and HTTP write-back)
 * @param fields how the vendor's fields map onto the canonical case note
 * @param rules which notes are dispute commands and how their answers become command fields
 * @param writeBack where the adapter's own notes go
 * @param caseLink a link to the child's record in the case system, with {@code {{personId}}} and
 *     {@code {{caseId}}} placeholders, put in every alert; null when the council gives none
 * @param protocolId the protocol a dispute raised through this system runs under, unless the note
 *     names another
 */
public record SystemDefinition(
    String id,
    String name,
    Path file,
    boolean enabled,
    Source source,
    Auth auth,
    FieldMappings fields,
    NoteRules rules,
    WriteBack writeBack,
    String caseLink,
    String protocolId) {}
