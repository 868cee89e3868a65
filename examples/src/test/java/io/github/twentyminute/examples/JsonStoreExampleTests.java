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
        + "saved dana-reyes-2026-03-10 at revision 1\n"
        + "saved lee-park-2026-03-19 at revision 1\n"
        + "saved tom-becker-2026-03-24 at revision 1\n"
        + "saved maya-chen-2026-04-02 at revision 1\n"
        + "files: dana-reyes-2026-03-10.json, lee-park-2026-03-19.json, maya-chen-2026-04-02.json,"
        + " tom-becker-2026-03-24.json\n"
        + "loaded tom-becker-2026-03-24 r1: Tom Becker, ended 2026-03-24T12:25:00Z, 1 insights,"
        + " evangelist NO\n"
        + "saved the article sent, now at revision 2\n"
        + "stale copy refused: document tom-becker-2026-03-24 is at revision 2, but the change"
        + " was made to revision 1; nothing was written. Load it again, apply the change and save"
        + " with revision 2\n"
        + "loaded 3 of 4 records; problems:\n"
        + "  maya-chen-2026-04-02.json: at /format (line 1, column 26): expected well-formed JSON:"
        + " Unexpected end-of-input in VALUE_STRING\n"
        + "the corrupt file is kept, not overwritten: maya-chen-2026-04-02.json: at /format"
        + " (line 1, column 26): expected well-formed JSON: Unexpected end-of-input in"
        + " VALUE_STRING\n"
        + "id refused: document id must be 1 to 64 lower-case letters, digits, _ or -, starting"
        + " with a letter or digit (no path separators, dots or capitals), but was"
        + " \"Tom-Becker\"\n"
        + "exported as JSON Lines: 3 transferred, 1 problems, 3 lines\n");
    assertThat(Files.readString(dir.resolve("maya-chen-2026-04-02.json")))
        .isEqualTo("{\"format\": \"twentyminute/");
    assertThat(JsonMeetingStore.open(dir).load("tom-becker-2026-03-24").orElseThrow()
        .followUp().completion("deliver-promise:article")).isPresent();
  }
}
