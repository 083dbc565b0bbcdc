package uk.irodispute.mappings;

/**
 * One mistake in a configuration file, located well enough to fix it without searching.
 *
 * @param file the file's path as it was given to the loader
 * @param line the 1-based line of the offending value (or of the object missing a field)
 * @param field the field's path inside the file, for example {@code tracks[0].stages[2].to[1]};
 *     empty for a problem with the file as a whole
 * @param message what is wrong, in words a council's configurer can act on
 */
public record ConfigurationProblem(String file, int line, String field, String message) {

  /** {@code file:line: field: message}, leaving out the field when the file as a whole is wrong. */
  @Override
  public String toString() {
    return field.isEmpty()
        ? file + ":" + line + ": " + message
        : file + ":" + line + ": " + field + ": " + message;
  }
}
