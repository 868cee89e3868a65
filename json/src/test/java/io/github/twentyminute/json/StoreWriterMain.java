package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Path;

/**
 * A writer that the store tests run in a child process and kill while it saves.
 *
 * <ul>
 *   <li>{@code pause DIR ID}: saves a new version of ID over revision 1, and stops for good once
 *       the temporary file is written and forced, just before the move, printing
 *       {@code temp-written PATH}.
 *   <li>{@code loop DIR ID}: loads ID and saves it with the next count in its purpose, forever,
 *       printing {@code saved N} after each save.
 * </ul>
 */
public final class StoreWriterMain {
  private StoreWriterMain() {}

  static Agenda counted(long count) {
    return Agenda.builder().from(SampleMeeting.agenda()).purpose("count " + count).build();
  }

  static long countOf(Agenda agenda) {
    return Long.parseLong(agenda.purpose().substring("count ".length()));
  }

  /**
   * Runs the writer.
   *
   * @param args the mode, the directory and the id
   * @throws Exception never on purpose; the process is killed
   */
  public static void main(String[] args) throws Exception {
    JsonDocumentStore<Agenda> store =
        JsonDocumentStore.open(Path.of(args[1]), DocumentType.AGENDA);
    String id = args[2];
    if (args[0].equals("pause")) {
      store.beforeMove(temp -> {
        System.out.println("temp-written " + temp);
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      store.save(id, counted(999), 1);
      return;
    }
    for (;;) {
      Stored<Agenda> current = store.load(id).orElseThrow();
      long next = countOf(current.value()) + 1;
      store.save(id, counted(next), current.revision());
      System.out.println("saved " + next);
      System.out.flush();
    }
  }
}
