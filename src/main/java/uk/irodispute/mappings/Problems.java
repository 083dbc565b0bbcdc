package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one file, so reading can go on after the first. */
public final class Problems {

  private final String file;
  private final List<ConfigurationProblem> found = new ArrayList<>();

  /**
   * @param file the file's path as it will be shown in messages
   */
  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** Records a problem at the given 1-based line and field path. */
  public void add(int line, String field, String message) {
    found.add(new ConfigurationProblem(file, line, field, message));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far, in order. */
  public List<ConfigurationProblem> list() {
    return List.copyOf(found);
  }

  /** Throws {@link InvalidConfigurationException} if any problem was found. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidConfigurationException(found);
    }
  }
}
