package uk.irodispute;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.irodispute.config.MappingsArgument;
import uk.irodispute.config.ValidateCommand;

/**
 * Starts the IRO dispute adapter, or, given {@code validate} as the first argument, checks the
 * files under {@code mappings/} without starting it ({@link ValidateCommand}). {@code --mappings
 * DIR} names the folder of the council's files either way ({@link MappingsArgument}).
 */
@SpringBootApplication
public class IroDisputeAdapter {

  public static void main(String[] args) {
    if (args.length > 0 && ValidateCommand.NAME.equals(args[0])) {
      System.exit(ValidateCommand.fromCommandLine(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(IroDisputeAdapter.class, MappingsArgument.asSettings(args));
  }
}
