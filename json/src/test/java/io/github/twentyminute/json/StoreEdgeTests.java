package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of {@link JsonDocumentStore}: ids at their longest, JSON Lines at exactly the length
 * limit and without a final line end, what delete returns, and that nothing it opens stays open.
 */
class StoreEdgeTests {
  @TempDir
  Path dir;

  private JsonDocumentStore<Agenda> agendas() {
    return JsonDocumentStore.open(dir.resolve("agendas"), DocumentType.AGENDA);
  }

  /** Returns one exported line (without its line end) holding the sample agenda as {@code id}. */
  private String exportedLine(String id) {
    JsonDocumentStore<Agenda> source =
        JsonDocumentStore.open(dir.resolve("source-" + id), DocumentType.AGENDA);
    source.save(id, SampleMeeting.agenda(), 0);
    StringWriter out = new StringWriter();
    source.exportJsonLines(out);
    String text = out.toString();
    assertThat(text).endsWith("\n").doesNotContain("\r");
    return text.substring(0, text.length() - 1);
  }

  /** Returns how many files this process has open, where the system tells (Linux). */
  private static long openFiles() throws Exception {
    Path open = Path.of("/proc/self/fd");
    assumeThat(open).isDirectory();
    try (var files = Files.list(open)) {
      return files.count();
    }
  }

  @Test
  void namesTheLengthOnlyOfIdsLongerThanTheLongest() {
    String invalid = "a".repeat(63) + "/";
    assertThatThrownBy(() -> JsonDocumentStore.checkId(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document id must be 1 to 64 ASCII letters, digits, ., _ or -, starting"
            + " with a letter or digit (no path separators), but was \""
            + "a".repeat(60) + "...\"");
  }

  @Test
  void deleteTellsWhetherThereWasADocument() {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    assertThat(store.delete("dana", 1)).isTrue();
    assertThat(store.delete("dana", 1)).isFalse();
    assertThat(store.list()).isEmpty();

    JsonMeetingStore records = JsonMeetingStore.open(dir.resolve("records"));
    Stored<MeetingRecord> saved =
        records.save(MeetingRecord.builder().from(Samples.record()).id("eli").build(), 0);
    assertThat(records.delete("eli", saved.revision())).isTrue();
    assertThat(records.delete("eli", saved.revision())).isFalse();
  }

  @Test
  void exportFlushesTheWriterItLeavesOpen() {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 20);
    TransferResult result = store.exportJsonLines(buffered);
    assertThat(result.transferred()).isEqualTo(1);
    assertThat(target.toString()).startsWith("{\"format\":\"twentyminute/store-entry@1\","
        + "\"id\":\"dana\",\"revision\":1,\"document\":{").endsWith("}\n");
  }

  @Test
  void importsALastLineWithoutALineEnd() {
    String line = exportedLine("dana");
    JsonDocumentStore<Agenda> store = agendas();
    TransferResult result = store.importJsonLines(new StringReader(line));
    assertThat(result.transferred()).isEqualTo(1);
    assertThat(result.problems()).isEmpty();
    assertThat(store.list()).containsExactly("dana");
  }

  @Test
  void importsALineOfExactlyTheLimitAndSkipsOneCharacterMore() {
    String line = exportedLine("dana");
    TwentyMinuteJson exact = TwentyMinuteJson.builder().maxDocumentLength(line.length()).build();
    JsonDocumentStore<Agenda> fits =
        JsonDocumentStore.open(dir.resolve("fits"), DocumentType.AGENDA, exact);
    TransferResult imported = fits.importJsonLines(new StringReader(line + "\n"));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.transferred()).isEqualTo(1);

    TwentyMinuteJson oneLess =
        TwentyMinuteJson.builder().maxDocumentLength(line.length() - 1).build();
    JsonDocumentStore<Agenda> tooSmall =
        JsonDocumentStore.open(dir.resolve("small"), DocumentType.AGENDA, oneLess);
    TransferResult skipped = tooSmall.importJsonLines(new StringReader(line + "\n"));
    assertThat(skipped.transferred()).isZero();
    assertThat(skipped.problems()).extracting(StoreProblem::message).containsExactly(
        "line 1: longer than the limit of " + (line.length() - 1) + " characters; skipped");
  }

  @Test
  void keepsANulCharacterInsideItsLine() {
    String line = exportedLine("dana");
    JsonDocumentStore<Agenda> store = agendas();
    TransferResult result = store.importJsonLines(new StringReader(line + "\u0000\n"));
    assertThat(result.transferred()).isZero();
    assertThat(store.list()).isEmpty();
    assertThat(result.problems()).extracting(StoreProblem::line).containsExactly(1L);
    assertThat(result.problems().get(0).message())
        .isEqualTo("line 1: at the document root (line 1, column " + (line.length() + 1)
            + "): expected well-formed JSON: Illegal character ((CTRL-CHAR, code 0)): only"
            + " regular white space (\\r, \\n, \\t) is allowed between tokens");
  }

  @Test
  void readsALineStartingWithANulCharacterAsTheTextItIs() {
    String line = exportedLine("dana");
    JsonDocumentStore<Agenda> store = agendas();
    TransferResult result = store.importJsonLines(new StringReader("\u0000" + line + "\n"));
    assertThat(result.transferred()).isZero();
    assertThat(store.list()).isEmpty();
    assertThat(result.problems()).extracting(StoreProblem::message).containsExactly(
        "line 1: at the document root (line 1, column 1): expected well-formed JSON: Illegal"
            + " character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is"
            + " allowed between tokens");
  }

  @Test
  void runsTheHookBeforeMovingWithTheWrittenTemporaryFile() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    List<String> seen = new ArrayList<>();
    store.beforeMove(temp -> {
      seen.add(temp.getFileName().toString().replaceAll("\\.dana\\.[0-9]+\\.tmp", ".dana.N.tmp"));
      assertThat(temp).exists();
      assertThat(store.fileOf("dana")).doesNotExist();
    });
    store.save("dana", SampleMeeting.agenda(), 0);
    assertThat(seen).containsExactly(".dana.N.tmp");
  }

  @Test
  void reportsMalformedJsonInsideTheDocumentAtItsPointer() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    Path file = store.fileOf("dana");
    Files.writeString(file, "{\"format\": \"twentyminute/store-entry@1\", \"id\": \"dana\","
        + " \"revision\": 1, \"document\": {\"format\": tru}");
    assertThatThrownBy(() -> store.load("dana"))
        .isInstanceOf(JsonFormatException.class)
        .extracting(e -> ((JsonFormatException) e).pointer())
        .isEqualTo("/document");
  }

  @Test
  void refusesAFileWithMoreAfterTheEntry() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    Path file = store.fileOf("dana");
    Files.writeString(file, Files.readString(file) + "{}\n");
    assertThatThrownBy(() -> store.load("dana"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(": expected the end of the document, found an object");
  }

  @Test
  void reportsAnEntryThatIsADirectory() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", SampleMeeting.agenda(), 0);
    Path directory = Files.createDirectory(store.directory().resolve("dana.json"));
    LoadResult<Agenda> all = store.loadAll();
    assertThat(all.documents()).extracting(Stored::id).containsExactly("ana");
    assertThat(all.problems()).hasSize(1);
    StoreProblem problem = all.problems().get(0);
    assertThat(problem.file()).contains(directory);
    assertThat(problem.message())
        .isEqualTo(directory + ": cannot be read: java.io.IOException: Is a directory");
    assertThat(problem.cause()).containsInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void showsItsDirectoryAndType() {
    JsonDocumentStore<Agenda> store = agendas();
    assertThat(store.toString()).isEqualTo(store.directory() + " (agenda@2)");
  }

  @Test
  void leavesNoFileOpenAfterReadingAndSaving() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    long before = openFiles();
    for (int i = 0; i < 6; i++) {
      store.loadAll();
      store.save("dana", SampleMeeting.agenda(), i + 1);
    }
    assertThat(openFiles()).isLessThan(before + 4);
  }

  /**
   * Another holder of the file lock in this JVM (another store instance, say) makes a save wait,
   * not fail: there is no JVM-wide lock table, so the store tries again until the lock is free.
   * A save interrupted while it waits releases everything it took.
   */
  @Test
  void aSaveWaitsForTheLockHeldInThisJvmAndReleasesEverythingIfInterrupted() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    Path lockFile = store.directory().resolve(".lock");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      long before;
      try (FileChannel channel = FileChannel.open(lockFile,
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = channel.lock()) {
        before = openFiles();
        java.util.concurrent.Future<Stored<Agenda>> waiting =
            other.submit(() -> store.save("dana", SampleMeeting.agenda(), 0));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        waiting.cancel(true);
        Thread.sleep(100);
        assertThat(openFiles()).isLessThan(before + 4);
        java.util.concurrent.Future<Stored<Agenda>> second =
            other.submit(() -> store.save("dana", SampleMeeting.agenda(), 0));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        held.release();
        assertThat(second.get(5, TimeUnit.SECONDS).revision()).isEqualTo(1);
      }
    } finally {
      other.shutdownNow();
    }
    try (var files = Files.list(store.directory())) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(".lock", "dana.json");
    }
  }
}
