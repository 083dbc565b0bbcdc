package uk.irodispute.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Console users of a test's own, configured as a council configures them ({@code
 * iro.console.users}, bcrypt hashes made here at a low cost so that signing in stays quick); they
 * replace the sandbox's users in that test's context.
 */
public final class ConsoleTestUsers {

  public static final String OPERATOR = "ops.alex";
  public static final String OPERATOR_PASSWORD = "alex-password";
  public static final String VIEWER = "ops.viewer";
  public static final String VIEWER_PASSWORD = "viewer-password";

  private ConsoleTestUsers() {}

  /**
   * The viewer's HTTP Basic {@code Authorization} value, for a request made with Java's own client.
   */
  public static String viewerBasic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((VIEWER + ":" + VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public static void register(DynamicPropertyRegistry registry) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    registry.add("iro.console.users[0].name", () -> OPERATOR);
    registry.add("iro.console.users[0].password-hash", () -> bcrypt.encode(OPERATOR_PASSWORD));
    registry.add("iro.console.users[0].role", () -> "OPERATOR");
    registry.add("iro.console.users[1].name", () -> VIEWER);
    registry.add("iro.console.users[1].password-hash", () -> bcrypt.encode(VIEWER_PASSWORD));
    registry.add("iro.console.users[1].role", () -> "viewer");
  }
}
