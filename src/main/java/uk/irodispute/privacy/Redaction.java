package uk.irodispute.privacy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret value the adapter holds (passwords, client secrets, tokens, keys, and the
 * Authorization values made from them), removed from text before it is stored or logged. A case
 * system or mail server may echo a credential back in an error; the adapter then records the error
 * without it.
 *
 * <p>Values shorter than {@value #SHORTEST} characters are not redacted: replacing them would
 * mangle ordinary text, and a secret that short protects nothing.
 */
public class Redaction {

  /** What a secret is replaced with. */
  public static final String MASK = "[redacted]";

  static final int SHORTEST = 4;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /**
   * Remembers a secret, and its URL-encoded form, from now on. Null or short values are ignored.
   */
  public void register(String secret) {
    if (secret == null || secret.length() < SHORTEST) {
      return;
    }
    secrets.add(secret);
    secrets.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
  }

  /** The text with every known secret replaced by {@value #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : longestFirst()) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /** Longest first, so a secret that contains another is removed whole. */
  private List<String> longestFirst() {
    return secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
