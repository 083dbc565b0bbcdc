package uk.irodispute.core.model;

/**
 * Whose case a dispute is about, as the source system identifies it. Only identifiers: no names.
 *
 * @param sourceSystem the connection the note came from, for example {@code lcs-reporting}
 * @param personId the child's person id in that system
 * @param caseId the case, episode or involvement id, if the system has one
 */
public record Subject(String sourceSystem, String personId, String caseId) {}
