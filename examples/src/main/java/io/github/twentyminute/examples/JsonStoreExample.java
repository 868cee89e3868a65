package io.github.twentyminute.examples;

import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.JsonDocumentStore;
import io.github.twentyminute.json.LoadResult;
import io.github.twentyminute.json.StoreConflictException;
import io.github.twentyminute.json.StoreProblem;
import io.github.twentyminute.json.Stored;
import io.github.twentyminute.json.TransferResult;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Saves and loads with the JSON store: a directory of follow-up documents, one file each, with
 * optimistic revisions. It saves a follow-up, loads it back, saves a change, shows a stale save
 * refused, shows a corrupt file reported by name while the others still load, refuses an id
 * that tries to leave the directory, and exports the store as JSON Lines.
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
    Instant end = SampleMeeting.SCHEDULED_START.plus(Duration.ofMinutes(21));
    FollowUp followUp = FollowUp.builder().meetingEnd(end)
        .counterpart(SampleMeeting.counterpart())
        .addCommitment(Commitment.myPromise("report", "Send the claims-delay report", end))
        .build();

    JsonDocumentStore<FollowUp> store = JsonDocumentStore.open(directory, DocumentType.FOLLOW_UP);
    Stored<FollowUp> saved = store.save("dana-reyes", followUp, 0);
    out.append("saved ").append(saved.id()).append(" revision ").append(saved.revision())
        .append(" as ").append(directory.relativize(store.fileOf("dana-reyes"))).append('\n');

    Stored<FollowUp> loaded = store.load("dana-reyes").orElseThrow();
    out.append("loaded it back equal: ").append(loaded.value().equals(followUp)).append('\n');

    FollowUp thanked = loaded.value().markDone(FollowUp.THANK_YOU_NOTE, end.plus(Duration.ofHours(3)));
    Stored<FollowUp> updated = store.save("dana-reyes", thanked, loaded.revision());
    out.append("saved the thank-you note as revision ").append(updated.revision()).append('\n');

    try {
      store.save("dana-reyes", followUp, loaded.revision());      // a stale copy
    } catch (StoreConflictException stale) {
      out.append("stale save refused: ").append(stale.getMessage()).append('\n');
    }

    store.save("lee-park", FollowUp.after(end.plus(Duration.ofDays(9))), 0);
    write(store.fileOf("lee-park"), "{\"format\": \"twentyminute/store-entry@1\", \"id\": ");
    LoadResult<FollowUp> all = store.loadAll();
    out.append("loaded ").append(all.documents().size()).append(" of ").append(store.list().size())
        .append("; problems:\n");
    for (StoreProblem problem : all.problems()) {
      out.append("  ").append(problem.message().replace(directory + "/", "")).append('\n');
    }

    try {
      store.save("lee-park", FollowUp.after(end), 1);
    } catch (RuntimeException corrupt) {
      out.append("corrupt file kept, not overwritten: ").append(corrupt.getClass().getSimpleName())
          .append('\n');
    }
    delete(store.fileOf("lee-park"));                              // repaired by hand

    try {
      store.save("../outside", followUp, 0);
    } catch (IllegalArgumentException refused) {
      out.append("id refused: ").append(refused.getMessage()).append('\n');
    }

    StringWriter lines = new StringWriter();
    TransferResult exported = store.exportJsonLines(lines);
    out.append("exported: ").append(exported).append('\n');
    out.append("first line: ").append(lines.toString().lines().findFirst().orElse("")
        .substring(0, 60)).append("...\n");
    return out.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
