package uk.irodispute.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (the console's form, the API's and the actuator's HTTP Basic) only
 * when {@link SignInThrottle} lets it, and counts each failure. A lock is logged with the address
 * and, when it is a console user's, the name; never the password, nor a name nobody has (it may be
 * a password typed in the wrong box).
 */
final class ThrottledSignIn implements AuthenticationProvider {

  private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final Set<String> names;

  ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, ConsoleUsers users) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.names = users.users().stream().map(ConsoleUsers.User::name).collect(Collectors.toSet());
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String name = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    var wait = throttle.waitFor(name, address);
    if (wait.isPresent()) {
      failed(name, address);
      throw new SignInThrottled(wait.get());
    }
    try {
      Authentication signedIn = passwords.authenticate(attempt);
      throttle.succeeded(name);
      return signedIn;
    } catch (BadCredentialsException e) {
      failed(name, address);
      throw e;
    }
  }

  private void failed(String name, String address) {
    SignInThrottle.Locked locked = throttle.failed(name, address);
    String who = names.contains(name) ? "console user " + name : "a name no console user has";
    if (locked.user()) {
      LOG.warn("Sign-in locked for {} after repeated failures, the last from {}", who, address);
    }
    if (locked.address()) {
      LOG.warn(
          "Sign-in locked for address {} after repeated failures, the last as {}", address, who);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
