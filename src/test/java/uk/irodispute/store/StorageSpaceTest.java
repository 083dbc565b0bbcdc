package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders are watched for room, and what is said when one has too little. */
class StorageSpaceTest {

  @TempDir Path folder;

  @Test
  void theFolderOfAnH2FileDatabaseIsWatchedNoOtherDatabase() {
    assertThat(StorageSpace.h2Folder("jdbc:h2:file:/srv/iro/data/iro-dispute;WRITE_DELAY=0"))
        .contains(Path.of("/srv/iro/data"));
    assertThat(StorageSpace.h2Folder("jdbc:h2:/srv/iro/iro")).contains(Path.of("/srv/iro"));
    assertThat(StorageSpace.h2Folder("jdbc:h2:file:./data/iro-dispute"))
        .contains(Path.of("data").toAbsolutePath());
    assertThat(StorageSpace.h2Folder("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
    assertThat(StorageSpace.h2Folder("jdbc:h2:tcp://db.council.example/iro")).isEmpty();
    assertThat(StorageSpace.h2Folder("jdbc:postgresql://db.council.example/iro")).isEmpty();
  }

  @Test
  void aDiskWithLessRoomThanTheLeastFreeStopsThePollsWithTheFolderAndTheBytesFree() {
    StorageSpace space =
        new StorageSpace(
            List.of(new StorageSpace.Place("the drop folder of lcs-files", folder.resolve("out"))),
            Long.MAX_VALUE);

    assertThat(space.shortage())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith("the drop folder of lcs-files (" + folder.resolve("out") + ") has ")
                    .contains("bytes free, less than iro.storage.least-free"));
    assertThatThrownBy(space::requireRoom)
        .isInstanceOf(StorageFullException.class)
        .hasMessageEndingWith("no notes are taken until there is room");
  }

  @Test
  void withRoomOnEveryDiskNothingStops() {
    StorageSpace space =
        new StorageSpace(List.of(new StorageSpace.Place("the database's folder", folder)), 0);

    assertThat(space.shortage()).isEmpty();
    space.requireRoom();
  }
}
