package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.testing.SampleJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTests {
  @TempDir Path dir;

  Path store() {
    JsonMeetingStore store = JsonMeetingStore.open(dir.resolve("meetings"));
    for (MeetingRecord record : SampleJournal.records()) {
      store.save(record, 0);
    }
    return store.directory();
  }

  @Test
  void summarisesEveryRecordOfTheStore() {
    Path store = store();

    Cli cli = Cli.run("journal", store.toString(), "--as-of", "2026-06-22T12:00:00Z");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).startsWith(store + ": 8 records\n"
        + "Journal as of 2026-06-22 12:00 UTC: 8 meetings with 7 people, 18:30 over budget in"
        + " total\n"
        + "Recurring insights:\n"
        + "  sql: 3 people, 4 insights: Dana Reyes, Kim Lo, Lee Park\n");
    assertThat(cli.out()).contains("\nTouchpoints due:\n"
        + "  Tom Becker overdue: the maximum was 2026-06-19 10:19 UTC\n");
    assertThat(cli.out()).endsWith("\n  m1 Dana Reyes 21:00, 1:00 over the 20:00 budget\n");
  }

  @Test
  void summarisesInTheLanguageOfTheLocale() {
    Path store = store();

    Cli cli = Cli.run("journal", store.toString(), "--as-of", "2026-06-22T12:00:00Z", "--locale", "de");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\nJournal, Stand 2026-06-22 12:00 UTC: 8 Treffen mit"
        + " 7 Personen").contains("\nWiederkehrende Erkenntnisse:\n");
    Cli bad = Cli.run("journal", store.toString(), "--locale", "??");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--locale");
  }

  @Test
  void aCorruptRecordIsOneLineAndTheOthersAreStillSummarised() throws Exception {
    Path store = store();
    Files.writeString(store.resolve("m3.json"), "{\"format\": ");

    Cli cli = Cli.run("journal", store.toString(), "--as-of", "2026-06-22");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute journal: " + store.resolve("m3.json")
        + ": at the document root (line 1, column 12): expected well-formed JSON: Unexpected"
        + " end-of-input within/between Object entries");
    assertThat(cli.out()).startsWith(store + ": 7 records, 1 unreadable\n"
        + "Journal as of 2026-06-22 00:00 UTC: 7 meetings with 6 people, 18:30 over budget in"
        + " total\n");
    assertThat(cli.out()).contains("\nReferrals: 5 names given, 2 became meetings, 1 chain\n");
  }

  @Test
  void anEmptyStoreHasAnEmptySummary() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Cli cli = Cli.run("journal", empty.toString(), "--as-of", "2026-06-22");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith(empty + ": 0 records\n"
        + "Journal as of 2026-06-22 00:00 UTC: 0 meetings with 0 people, 0:00 over budget in"
        + " total\nRecurring insights: none\n");
  }

  @Test
  void aMissingDirectoryIsOneLineAndIsNotCreated() {
    Path missing = dir.resolve("nowhere");

    Cli cli = Cli.run("journal", missing.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly(
        "twentyminute journal: " + missing + ": no such directory");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFileInsteadOfADirectoryIsOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a store");

    Cli cli = Cli.run("journal", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly(
        "twentyminute journal: " + file + ": expected a directory, found a file");
  }
}
