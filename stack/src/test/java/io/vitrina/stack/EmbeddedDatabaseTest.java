package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

  @Test
  void shouldKeepDataDirectoryUnderTheTemporaryDirectoryOutOfMariaDb4jsCleanUp() {
    Path data =
        Path.of(System.getProperty("java.io.tmpdir"), "checkout", "target", "infra", "data");
    String given = EmbeddedDatabase.kept(data).getAbsolutePath();
    assertFalse(given.startsWith(System.getProperty("java.io.tmpdir")), given);
    assertEquals(data.toAbsolutePath().normalize(), Path.of(given).normalize());
  }

  @Test
  void shouldLeaveOtherDataDirectoriesAsTheyAre() {
    Path data = Path.of("/srv/vitrina/data");
    assertEquals("/srv/vitrina/data", EmbeddedDatabase.kept(data).getPath());
  }
}
