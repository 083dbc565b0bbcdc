package uk.irodispute.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous ids for log lines that need to say "the same child" without naming them: the
 * HMAC-SHA256 of the person id under a key of the council's, shortened. The same key gives the same
 * pseudonym across restarts and nodes; without the key a pseudonym cannot be turned back into the
 * id, nor checked against a guess.
 */
public class Pseudonyms {

  /** The shortest key accepted, in characters. */
  public static final int SHORTEST_KEY = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int BYTES_KEPT = 8;

  private final SecretKeySpec key;

  private Pseudonyms(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Pseudonyms under the council's key.
   *
   * @throws IllegalArgumentException when the key is shorter than {@value #SHORTEST_KEY}
   *     characters; the message never holds the key
   */
  public static Pseudonyms withKey(String key) {
    if (key == null || key.length() < SHORTEST_KEY) {
      throw new IllegalArgumentException(
          "the pseudonym key (IRO_PSEUDONYM_KEY) must be at least "
              + SHORTEST_KEY
              + " characters long");
    }
    return new Pseudonyms(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Pseudonyms under a random key of this run only: they do not match across restarts. */
  public static Pseudonyms withRandomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Pseudonyms(key);
  }

  /** The person's pseudonym, {@code p-} and 16 hex digits; {@code p-none} for no person. */
  public String of(String personId) {
    if (personId == null || personId.isEmpty()) {
      return "p-none";
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
      return "p-" + HexFormat.of().formatHex(digest, 0, BYTES_KEPT);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
    }
  }
}
