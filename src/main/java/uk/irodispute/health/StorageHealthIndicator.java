package uk.irodispute.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import uk.irodispute.store.StorageSpace;

/**
 * The folders the adapter writes to are DOWN while one has less room than {@code
 * iro.storage.least-free} or cannot be written: the polls take no notes meanwhile. Details: the
 * reason, and the folders watched.
 */
public class StorageHealthIndicator implements HealthIndicator {

  private final StorageSpace space;

  public StorageHealthIndicator(StorageSpace space) {
    this.space = space;
  }

  @Override
  public Health health() {
    Health.Builder builder =
        space
            .shortage()
            .map(reason -> Health.down().withDetail("reason", reason))
            .orElseGet(Health::up);
    builder.withDetail(
        "watched", space.places().stream().map(p -> p.what() + ": " + p.folder()).toList());
    return builder.build();
  }
}
