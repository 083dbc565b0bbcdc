package uk.irodispute.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import uk.irodispute.health.StorageHealthIndicator;
import uk.irodispute.store.StorageSpace;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * The folders the adapter writes to, watched for room ({@link StorageSpace}): the H2 database's
 * folder when the database is an H2 file, and each enabled system's drop folder.
 */
@Configuration
public class StorageConfiguration {

  @Bean
  StorageSpace storageSpace(
      @Value("${spring.datasource.url:}") String databaseUrl,
      SystemRegistry systems,
      @Value("${iro.storage.least-free:64MB}") DataSize leastFree) {
    if (leastFree.isNegative()) {
      throw new IllegalArgumentException("iro.storage.least-free must not be negative");
    }
    List<StorageSpace.Place> places = new ArrayList<>();
    StorageSpace.h2Folder(databaseUrl)
        .ifPresent(folder -> places.add(new StorageSpace.Place("the database's folder", folder)));
    for (SystemDefinition system : systems.enabled()) {
      if (system.writeBack() instanceof WriteBack.FileDrop drop) {
        places.add(new StorageSpace.Place("the drop folder of " + system.id(), drop.folder()));
      }
    }
    return new StorageSpace(places, leastFree.toBytes());
  }

  @Bean
  StorageHealthIndicator storageHealthIndicator(StorageSpace space) {
    return new StorageHealthIndicator(space);
  }
}
