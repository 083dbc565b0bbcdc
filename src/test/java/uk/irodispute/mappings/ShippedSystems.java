package uk.irodispute.mappings;

import java.nio.file.Path;
import java.util.Map;
import uk.irodispute.core.protocol.ProtocolRegistry;

/** The shipped protocols, and an environment with the secrets the shipped system files ask for. */
public final class ShippedSystems {

  /** Invented secrets: the shipped files have no default for these. */
  public static final Map<String, String> ENVIRONMENT =
      Map.of(
          "server.port", "8080",
          "FWI_PASSWORD", "invented-fwi-password",
          "LCS_CLIENT_SECRET", "invented-client-secret");

  private static final ProtocolRegistry PROTOCOLS =
      new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols")));

  private ShippedSystems() {}

  public static ProtocolRegistry protocols() {
    return PROTOCOLS;
  }

  /** A loader over the shipped protocols and {@link #ENVIRONMENT}. */
  public static SystemFileLoader loader() {
    return new SystemFileLoader(PROTOCOLS, PlaceholderResolver.from(ENVIRONMENT::get));
  }
}
