package uk.irodispute;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.irodispute.config.MappingsArgument;
import uk.irodispute.config.ScenariosCommand;
import uk.irodispute.config.ValidateCommand;
import uk.irodispute.console.HashPasswordCommand;

/**
 * Starts the IRO dispute adapter, or, given {@code validate} as the first argument, checks the
 * files under {@code mappings/} without starting it ({@link ValidateCommand}), or, given {@code
 * hash-password}, prints the bcrypt hash of a console user's password ({@link
 * HashPasswordCommand}), or, given {@code scenarios}, runs protocol scenarios ({@link
 * ScenariosCommand}). {@code --mappings DIR} names the folder of the council's files ({@link
 * MappingsArgument}).
 */
@SpringBootApplication
public class IroDisputeAdapter {

  public static void main(String[] args) {
    if (args.length > 0 && ValidateCommand.NAME.equals(args[0])) {
      System.exit(ValidateCommand.fromCommandLine(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && HashPasswordCommand.NAME.equals(args[0])) {
      System.exit(HashPasswordCommand.fromCommandLine(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && ScenariosCommand.NAME.equals(args[0])) {
      System.exit(ScenariosCommand.fromCommandLine(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(IroDisputeAdapter.class, MappingsArgument.asSettings(args));
  }
}
