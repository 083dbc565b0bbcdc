package uk.irodispute.sandbox;

/**
 * An invented member of a sandbox council's staff.
 *
 * @param id the case system's worker id
 * @param name an invented name
 * @param email at {@code council.example}
 * @param team as the case system names it; the teams of {@code mappings/directory/council.yaml}
 * @param post what they do
 */
public record SandboxWorker(String id, String name, String email, String team, Post post) {}
