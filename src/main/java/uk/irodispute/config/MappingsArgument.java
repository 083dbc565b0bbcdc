package uk.irodispute.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The adapter's {@code --mappings DIR} argument, as {@code validate} takes it: the folder of the
 * council's files, wherever the adapter is started from. It becomes the setting {@code
 * iro.mappings.directory}, which {@code IRO_MAPPINGS} also sets; every other argument goes to
 * Spring Boot as it is.
 */
public final class MappingsArgument {

  private static final String OPTION = "--mappings";

  private MappingsArgument() {}

  /**
   * The arguments with {@code --mappings DIR} or {@code --mappings=DIR} turned into {@code
   * --iro.mappings.directory=DIR}.
   *
   * @throws IllegalArgumentException when {@code --mappings} is last, with no folder after it
   */
  public static String[] asSettings(String[] args) {
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(OPTION)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--mappings needs a folder");
        }
        settings.add("--iro.mappings.directory=" + args[++i]);
      } else if (arg.startsWith(OPTION + "=")) {
        settings.add("--iro.mappings.directory=" + arg.substring(OPTION.length() + 1));
      } else {
        settings.add(arg);
      }
    }
    return settings.toArray(String[]::new);
  }
}
