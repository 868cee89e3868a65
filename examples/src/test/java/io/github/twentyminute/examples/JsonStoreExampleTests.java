package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.json.JsonMeetingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStoreExampleTests {
  @TempDir Path dir;

  @Test
  void savesLoadsRefusesStaleCopiesAndCorruptFilesAndExports() throws Exception {
    String printed = JsonStoreExample.run(dir);

    assertThat(printed).isEqualTo(""
        + "saved m1 at revision 1\n"
        + "saved m2 at revision 1\n"
        + "saved m3 at revision 1\n"
        + "saved m4 at revision 1\n"
        + "saved m5 at revision 1\n"
        + "saved m6 at revision 1\n"
        + "saved m7 at revision 1\n"
        + "saved m8 at revision 1\n"
        + "files: m1.json, m2.json, m3.json, m4.json, m5.json, m6.json, m7.json, m8.json\n"
        + "loaded m6: Mia Larsen, ended 2026-04-09T12:18:45Z, 1 insights, evangelist NO"
        + " at revision 1\n"
        + "saved the thank-you note, now at revision 2\n"
        + "stale copy refused: document m6 is at revision 2, but the change was made to"
        + " revision 1; nothing was written. Load it again, apply the change and save with"
        + " revision 2\n"
        + "loaded 7 of 8 records; problems:\n"
        + "  m8.json: at /format (line 1, column 26): expected well-formed JSON: Unexpected"
        + " end-of-input in VALUE_STRING\n"
        + "the corrupt file is kept, not overwritten: m8.json: at /format (line 1, column 26):"
        + " expected well-formed JSON: Unexpected end-of-input in VALUE_STRING\n"
        + "saved Mia-Larsen, case kept, in ^mia-^larsen.json\n"
        + "exported as JSON Lines: 8 transferred, 1 problems, 8 lines\n");
    assertThat(Files.readString(dir.resolve("m8.json"))).isEqualTo("{\"format\": \"twentyminute/");
    assertThat(JsonMeetingStore.open(dir).load("m6").orElseThrow().value()
        .followUp().completion("thank-you-note")).isPresent();
  }
}
