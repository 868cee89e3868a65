package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStoreExampleTests {
  @TempDir Path dir;

  @Test
  void savesLoadsRefusesStaleAndCorruptAndExports() {
    String printed = JsonStoreExample.run(dir);

    assertThat(printed).isEqualTo(""
        + "saved dana-reyes revision 1 as dana-reyes.json\n"
        + "loaded it back equal: true\n"
        + "saved the thank-you note as revision 2\n"
        + "stale save refused: document dana-reyes is at revision 2, but the change was made to"
        + " revision 1; nothing was written. Load it again, apply the change and save with"
        + " revision 2\n"
        + "loaded 1 of 2; problems:\n"
        + "  lee-park.json: at /format (line 1, column 48): expected well-formed JSON: Unexpected"
        + " end-of-input within/between Object entries\n"
        + "corrupt file kept, not overwritten: JsonFormatException\n"
        + "id refused: document id must be 1 to 64 lower-case letters, digits, _ or -, starting"
        + " with a letter or digit (no path separators, dots or capitals), but was"
        + " \"../outside\"\n"
        + "exported: 1 transferred, 0 problems\n"
        + "first line: {\"format\":\"twentyminute/store-entry@1\",\"id\":\"dana-reyes\",\"re...\n");
    assertThat(dir.resolve("dana-reyes.json")).exists();
    assertThat(dir.getParent().resolve("outside.json")).doesNotExist();
  }
}
