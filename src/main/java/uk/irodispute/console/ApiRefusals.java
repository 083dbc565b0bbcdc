package uk.irodispute.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answer to a request without a user (401, asking for HTTP Basic), from a user or address
 * that must wait after failed sign-ins (429 with {@code Retry-After}), or whose user's role may not
 * do it (403), in the API's own shape: {@code {"status", "parameter", "error"}}.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "IRO dispute adapter";

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInThrottled throttled) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
      answer(response, 429, "too many failed sign-ins: try again after Retry-After seconds");
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    answer(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "sign in with a console user's name and password (HTTP Basic)");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    answer(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "this user's role may not do this: replaying and discarding need the OPERATOR role");
  }

  private static void answer(HttpServletResponse response, int status, String error)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"status\":"
                + status
                + ",\"parameter\":\"Authorization\",\"error\":\""
                + error
                + "\"}");
  }
}
