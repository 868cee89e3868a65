package io.github.twentyminute.examples;

import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.JsonFormatException;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.LoadResult;
import io.github.twentyminute.json.StoreConflictException;
import io.github.twentyminute.json.StoreProblem;
import io.github.twentyminute.json.Stored;
import io.github.twentyminute.json.TransferResult;
import io.github.twentyminute.testing.SampleJournal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Saves and loads meeting records with the JSON store, a directory with one file per record:
 * saves the eight records of {@link SampleJournal}, loads one back, saves a change at the next revision, shows a
 * stale copy refused, a corrupt file reported by name while the others still load and never
 * overwritten, an id the store refuses, and an export as JSON Lines.
 */
public final class JsonStoreExample {
  private JsonStoreExample() {}

  /**
   * Prints the example's output, using a new temporary directory.
   *
   * @param args ignored
   * @throws IOException if the temporary directory cannot be made
   */
  public static void main(String[] args) throws IOException {
    System.out.print(run(Files.createTempDirectory("twentyminute-store")));
  }

  /**
   * Runs the example in a directory.
   *
   * @param directory an empty directory for the store, not null
   * @return what it prints; paths are shown relative to the directory
   */
  public static String run(Path directory) {
    StringBuilder out = new StringBuilder();
    JsonMeetingStore store = JsonMeetingStore.open(directory);
    for (MeetingRecord record : SampleJournal.records()) {
      Stored<MeetingRecord> saved = store.save(record, 0);       // 0: a new record
      out.append("saved ").append(saved.id()).append(" at revision ").append(saved.revision())
          .append('\n');
    }
    out.append("files: ").append(list(directory)).append('\n');

    Stored<MeetingRecord> loaded = store.load("m6").orElseThrow();
    MeetingRecord mia = loaded.value();
    out.append("loaded ").append(mia).append(" at revision ").append(loaded.revision())
        .append('\n');
    MeetingRecord thanked = MeetingRecord.builder().from(mia)
        .followUp(mia.followUp().markDone(TaskId.THANK_YOU_NOTE,
            mia.meetingEnd().plus(Duration.ofDays(3))))
        .build();
    Stored<MeetingRecord> saved = store.save(thanked, loaded.revision()); // replaces revision 1
    out.append("saved the thank-you note, now at revision ").append(saved.revision()).append('\n');
    try {
      store.save(thanked, loaded.revision());                    // the same, stale, copy again
    } catch (StoreConflictException stale) {
      out.append("stale copy refused: ").append(stale.getMessage()).append('\n');
    }

    write(directory.resolve("m8.json"), "{\"format\": \"twentyminute/");
    LoadResult<MeetingRecord> all = store.loadAll();
    out.append("loaded ").append(all.documents().size()).append(" of ").append(store.list().size())
        .append(" records; problems:\n");
    for (StoreProblem problem : all.problems()) {
      out.append("  ").append(problem.message().replace(directory + "/", "")).append('\n');
    }
    try {
      store.save(SampleJournal.records().get(7), 1);
    } catch (JsonFormatException corrupt) {
      out.append("the corrupt file is kept, not overwritten: ")
          .append(corrupt.getMessage().replace(directory + "/", "")).append('\n');
    }

    store.save(MeetingRecord.builder().from(mia).id("Mia-Larsen").build(), 0);
    out.append("saved Mia-Larsen, case kept, in ")
        .append(store.fileOf("Mia-Larsen").getFileName()).append('\n');

    StringWriter lines = new StringWriter();
    TransferResult exported = store.exportJsonLines(lines);
    out.append("exported as JSON Lines: ").append(exported).append(", ")
        .append(lines.toString().lines().count()).append(" lines\n");
    return out.toString();
  }

  private static String list(Path directory) {
    try (var files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(java.util.stream.Collectors.joining(", "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
