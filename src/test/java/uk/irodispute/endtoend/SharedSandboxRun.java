package uk.irodispute.endtoend;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipped mappings against the sandbox: the tests extending this share one application context,
 * on ports of their own.
 */
abstract class SharedSandboxRun extends SandboxRun {

  static final int HTTP_PORT = freePort();
  static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> SMTP_PORT);
    registry.add("iro.mail.port", () -> SMTP_PORT);
  }
}
