package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDocumentStoreTests {
  @TempDir
  Path dir;

  private JsonDocumentStore<Agenda> agendas() {
    return JsonDocumentStore.open(dir.resolve("agendas"), DocumentType.AGENDA);
  }

  @Test
  void savesLoadsListsAndDeletes() {
    JsonDocumentStore<Agenda> store = agendas();
    assertThat(store.list()).isEmpty();
    assertThat(store.load("dana")).isEmpty();
    Stored<Agenda> first = store.save("dana", SampleMeeting.agenda(), 0);
    assertThat(first.revision()).isEqualTo(1);
    assertThat(first).hasToString("dana@1");
    Stored<Agenda> second = store.save("dana", StoreWriterMain.counted(1), 1);
    assertThat(second.revision()).isEqualTo(2);
    store.save("ana-2026-03", SampleMeeting.agenda(), 0);
    assertThat(store.list()).containsExactly("ana-2026-03", "dana");
    assertThat(store.load("dana")).contains(second);
    assertThat(store.delete("dana", 2)).isTrue();
    assertThat(store.delete("dana", 2)).isFalse();
    assertThat(store.list()).containsExactly("ana-2026-03");
    assertThat(store.load("dana")).isEmpty();
  }

  @Test
  void writesEachDocumentAsAStoreEntryFile() throws Exception {
    JsonDocumentStore<MeetingPlan> store =
        JsonDocumentStore.open(dir, DocumentType.PLAN);
    store.save("book", MeetingPlans.twentyMinute(), 0);
    String file = Files.readString(dir.resolve("book.json"));
    Golden.assertMatches("store-entry-plan.json", file);
    assertThat(store.fileOf("book")).isEqualTo(dir.toRealPath().resolve("book.json"));
  }

  @Test
  void refusesToSaveOverANewerRevision() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    store.save("dana", StoreWriterMain.counted(1), 1);
    assertThatThrownBy(() -> store.save("dana", StoreWriterMain.counted(2), 1))
        .isInstanceOf(StoreConflictException.class)
        .hasMessage("document dana is at revision 2, but the change was made to revision 1;"
            + " nothing was written. Load it again, apply the change and save with revision 2")
        .satisfies(e -> {
          StoreConflictException conflict = (StoreConflictException) e;
          assertThat(conflict.id()).isEqualTo("dana");
          assertThat(conflict.expectedRevision()).isEqualTo(1);
          assertThat(conflict.actualRevision()).isEqualTo(2);
        });
    assertThat(StoreWriterMain.countOf(store.load("dana").orElseThrow().value())).isEqualTo(1);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void refusesToCreateADocumentThatExists() {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    assertThatThrownBy(() -> store.save("dana", SampleMeeting.agenda(), 0))
        .isInstanceOf(StoreConflictException.class)
        .hasMessage("document dana already exists at revision 1; expected it to be new. Maybe"
            + " load it and save with revision 1");
  }

  @Test
  void refusesToSaveADocumentDeletedSinceItWasLoaded() {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    store.delete("dana", 1);
    assertThatThrownBy(() -> store.save("dana", SampleMeeting.agenda(), 1))
        .isInstanceOf(StoreConflictException.class)
        .hasMessage("document dana was deleted since revision 1 was loaded; nothing was written");
  }

  @Test
  void refusesToDeleteAnotherRevision() {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    store.save("dana", SampleMeeting.agenda(), 1);
    assertThatThrownBy(() -> store.delete("dana", 1))
        .isInstanceOf(StoreConflictException.class)
        .extracting(e -> ((StoreConflictException) e).actualRevision()).isEqualTo(2L);
    assertThat(store.list()).containsExactly("dana");
    assertThatThrownBy(() -> store.delete("dana", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected revision must be 1 or more, but was 0");
    assertThatThrownBy(() -> store.save("dana", SampleMeeting.agenda(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected revision must be 0 (new) or more, but was -1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../dana", "dana/../../x", "a/b", "a\\b", "/etc/passwd",
      "", ".hidden", "-dash", "_under", "dana reyes", "d\u0000a", "dan\u00e9", "C:x", "dana\n",
      "^dana", "dana^"})
  void refusesIdsThatCouldEscapeOrClash(String id) {
    JsonDocumentStore<Agenda> store = agendas();
    assertThatThrownBy(() -> store.save(id, SampleMeeting.agenda(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("document id must be 1 to 64 ASCII letters, digits, ., _ or -,"
            + " starting with a letter or digit (no path separators), but was");
    assertThatThrownBy(() -> store.load(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.delete(id, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.list()).isEmpty();
  }

  @Test
  void refusesIdsThatAreTooLong() {
    String longest = "a".repeat(64);
    assertThat(JsonDocumentStore.checkId(longest)).isEqualTo(longest);
    assertThatThrownBy(() -> JsonDocumentStore.checkId("a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was \"" + "a".repeat(60) + "...\" (65 characters)");
  }

  @Test
  void keepsDeviceNamesThatWindowsReservesInFilesItAllows() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    for (String id : List.of("con", "nul", "aux", "prn", "com1", "lpt9", "con.txt", "CON")) {
      store.save(id, StoreWriterMain.counted(id.length()), 0);
    }
    assertThat(store.fileOf("con").getFileName()).hasToString("con^.json");
    assertThat(store.fileOf("con.txt").getFileName()).hasToString("con^.txt.json");
    assertThat(store.fileOf("CON").getFileName()).hasToString("^c^o^n.json");
    assertThat(store.fileOf("console").getFileName()).hasToString("console.json");
    assertThat(store.list()).containsExactly("CON", "aux", "com1", "con", "con.txt", "lpt9",
        "nul", "prn");
    assertThat(store.loadAll().isComplete()).isTrue();
    assertThat(StoreWriterMain.countOf(store.load("con.txt").orElseThrow().value())).isEqualTo(7);
  }

  @Test
  void loadsAStoreDirectoryWrittenByTheEarlierVersion() throws Exception {
    Path old = dir.resolve("old");
    Files.createDirectories(old);
    String entry = "{\"format\": \"twentyminute/store-entry@1\", \"id\": \"dana-reyes_2\","
        + " \"revision\": 4, \"document\": "
        + TwentyMinuteJson.create().write(DocumentType.AGENDA, SampleMeeting.agenda()) + "}";
    Files.writeString(old.resolve("dana-reyes_2.json"), entry);

    JsonDocumentStore<Agenda> store = JsonDocumentStore.open(old, DocumentType.AGENDA);

    assertThat(store.list()).containsExactly("dana-reyes_2");
    assertThat(store.load("dana-reyes_2").orElseThrow().revision()).isEqualTo(4);
    assertThat(store.save("dana-reyes_2", SampleMeeting.agenda(), 4).revision()).isEqualTo(5);
    assertThat(store.fileOf("dana-reyes_2")).isEqualTo(old.toRealPath().resolve("dana-reyes_2.json"));
  }

  @Test
  void reportsACorruptFileWithItsPathWhileTheOthersStillLoad() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", SampleMeeting.agenda(), 0);
    store.save("dana", SampleMeeting.agenda(), 0);
    store.save("eli", SampleMeeting.agenda(), 0);
    Path dana = store.fileOf("dana");
    byte[] whole = Files.readAllBytes(dana);
    Files.write(dana, java.util.Arrays.copyOf(whole, whole.length / 2));

    LoadResult<Agenda> all = store.loadAll();
    assertThat(all.documents()).extracting(Stored::id).containsExactly("ana", "eli");
    assertThat(all.isComplete()).isFalse();
    assertThat(all.problems()).hasSize(1);
    StoreProblem problem = all.problems().get(0);
    assertThat(problem.file()).contains(dana);
    assertThat(problem.message()).startsWith(dana + ": at ")
        .contains("expected well-formed JSON: Unexpected end-of-input");
    assertThat(problem.cause()).containsInstanceOf(JsonFormatException.class);

    assertThatThrownBy(() -> store.load("dana"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith(dana + ": at ")
        .extracting(e -> ((JsonFormatException) e).source().orElseThrow())
        .isEqualTo(dana.toString());
  }

  @Test
  void neverOverwritesAFileItCannotRead() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    Path dana = store.fileOf("dana");
    Files.writeString(dana, "{\"format\": \"twentyminute/store-entry@1\", \"id\": \"dana\"");
    assertThatThrownBy(() -> store.save("dana", SampleMeeting.agenda(), 1))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith(dana.toString());
    assertThatThrownBy(() -> store.delete("dana", 1))
        .isInstanceOf(JsonFormatException.class);
    assertThat(Files.readString(dana))
        .isEqualTo("{\"format\": \"twentyminute/store-entry@1\", \"id\": \"dana\"");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void reportsAFileHoldingAnotherIdOrAnotherTypeOrAStrayName() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", SampleMeeting.agenda(), 0);
    Files.copy(store.fileOf("ana"), store.fileOf("eli"));
    JsonDocumentStore<MeetingPlan> plans =
        JsonDocumentStore.open(dir.resolve("plans"), DocumentType.PLAN);
    plans.save("book", MeetingPlans.twentyMinute(), 0);
    Files.copy(plans.fileOf("book"), store.fileOf("book"));
    Files.writeString(store.directory().resolve("Not An Id.json"), "{}");
    Files.writeString(store.directory().resolve("notes.txt"), "ignored");

    LoadResult<Agenda> all = store.loadAll();
    assertThat(all.documents()).extracting(Stored::id).containsExactly("ana");
    assertThat(all.problems()).extracting(StoreProblem::message).containsExactly(
        store.directory().resolve("Not An Id.json") + ": not a document of this store: the name"
            + " is not the file name of an id matching [A-Za-z0-9][A-Za-z0-9._-]{0,63}",
        store.fileOf("book") + ": at /document/format (line 6, column 15): expected an agenda"
            + " document, format \"twentyminute/agenda@2\", found a plan document, format"
            + " \"twentyminute/plan@2\"",
        store.fileOf("eli") + ": at /id (line 3, column 9): expected id \"eli\", as the file is"
            + " named, found \"ana\"");
    assertThat(store.list()).containsExactly("ana", "book", "eli");
  }

  @Test
  void ignoresTemporaryFilesLeftBehind() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    Files.writeString(store.directory().resolve(".dana.123.tmp"), "{\"half");
    assertThat(store.list()).containsExactly("dana");
    assertThat(store.loadAll().isComplete()).isTrue();
  }

  @Test
  void streamsEveryDocumentAndReportsProblemsAsItGoes() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    for (int i = 0; i < 5; i++) {
      store.save("m" + i, StoreWriterMain.counted(i), 0);
    }
    Files.writeString(store.fileOf("m3"), "not json");
    List<StoreProblem> problems = new ArrayList<>();
    try (Stream<Stored<Agenda>> all = store.streamAll(problems::add)) {
      assertThat(all.map(s -> StoreWriterMain.countOf(s.value())).sorted()
          .collect(Collectors.toList())).containsExactly(0L, 1L, 2L, 4L);
    }
    assertThat(problems).extracting(p -> p.file().orElseThrow()).containsExactly(
        store.fileOf("m3"));
  }

  @Test
  void concurrentSaversOfOneDocumentDetectEveryConflictAndLoseNoUpdate() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("shared", StoreWriterMain.counted(0), 0);
    int threads = 4;
    int increments = 25;
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      // Each thread opens its own instance, as separate parts of an application would.
      JsonDocumentStore<Agenda> mine = agendas();
      Callable<Integer> saver = () -> {
        start.await();
        int saved = 0;
        while (saved < increments) {
          Stored<Agenda> current = mine.load("shared").orElseThrow();
          try {
            mine.save("shared", StoreWriterMain.counted(
                StoreWriterMain.countOf(current.value()) + 1), current.revision());
            saved++;
          } catch (StoreConflictException e) {
            assertThat(e.actualRevision()).isGreaterThan(current.revision());
            conflicts.incrementAndGet();
          }
        }
        return saved;
      };
      done.add(pool.submit(saver));
    }
    start.countDown();
    int saved = 0;
    for (Future<Integer> f : done) {
      saved += f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    Stored<Agenda> last = store.load("shared").orElseThrow();
    assertThat(saved).isEqualTo(threads * increments);
    assertThat(StoreWriterMain.countOf(last.value())).isEqualTo(threads * increments);
    assertThat(last.revision()).isEqualTo(threads * increments + 1);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aWriterKilledBeforeTheMoveLeavesThePreviousVersionReadable() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", StoreWriterMain.counted(1), 0);
    Process child = writer("pause", store.directory(), "dana");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).startsWith("temp-written ");
      Path temp = Path.of(line.substring("temp-written ".length()));
      assertThat(temp).exists();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(temp).exists();
    }
    Stored<Agenda> survivor = store.load("dana").orElseThrow();
    assertThat(survivor.revision()).isEqualTo(1);
    assertThat(StoreWriterMain.countOf(survivor.value())).isEqualTo(1);
    assertThat(store.list()).containsExactly("dana");
    assertThat(store.loadAll().isComplete()).isTrue();
    assertThat(store.save("dana", StoreWriterMain.counted(2), 1).revision()).isEqualTo(2);
  }

  @Test
  void aWriterKilledAtAnyMomentLeavesAWholeVersion() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", StoreWriterMain.counted(0), 0);
    Process child = writer("loop", store.directory(), "dana");
    long lastReported = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lastReported = Long.parseLong(line.substring("saved ".length()));
        if (lastReported >= 40) {
          child.destroyForcibly();
          break;
        }
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lastReported).as("saves reported by the child").isGreaterThanOrEqualTo(40);
    Stored<Agenda> survivor = store.load("dana").orElseThrow();
    long count = StoreWriterMain.countOf(survivor.value());
    // The child keeps saving while this side reads its reports, so it may have saved more than the
    // last line read here; every save it reported must have survived, whole.
    assertThat(count).isGreaterThanOrEqualTo(lastReported);
    assertThat(survivor.revision()).isEqualTo(count + 1);
    assertThat(store.loadAll().isComplete()).isTrue();
  }

  private Process writer(String mode, Path directory, String id) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        StoreWriterMain.class.getName(), mode, directory.toString(), id)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  @Test
  void exportsAndImportsTheWholeStoreAsJsonLines() {
    JsonDocumentStore<Agenda> store = agendas();
    for (int i = 0; i < 20; i++) {
      Stored<Agenda> saved = store.save("m" + i, StoreWriterMain.counted(i), 0);
      if (i % 3 == 0) {
        store.save("m" + i, StoreWriterMain.counted(i * 10), saved.revision());
      }
    }
    StringWriter lines = new StringWriter();
    TransferResult exported = store.exportJsonLines(lines);
    assertThat(exported.transferred()).isEqualTo(20);
    assertThat(exported.problems()).isEmpty();
    assertThat(lines.toString().lines()).hasSize(20)
        .allMatch(l -> l.startsWith("{\"format\":\"twentyminute/store-entry@1\",\"id\":\"m"));

    JsonDocumentStore<Agenda> copy =
        JsonDocumentStore.open(dir.resolve("copy"), DocumentType.AGENDA);
    TransferResult imported = copy.importJsonLines(new StringReader(lines.toString()));
    assertThat(imported).hasToString("20 transferred, 0 problems");
    assertThat(copy.loadAll().documents()).isEqualTo(store.loadAll().documents());
  }

  @Test
  void importReportsBadLinesAndExistingIdsAndOverwritesNothing() {
    JsonDocumentStore<Agenda> source = agendas();
    source.save("ana", StoreWriterMain.counted(1), 0);
    source.save("dana", StoreWriterMain.counted(2), 0);
    StringWriter lines = new StringWriter();
    source.exportJsonLines(lines);
    String[] exported = lines.toString().split("\n");
    JsonDocumentStore<Agenda> target =
        JsonDocumentStore.open(dir.resolve("target"), DocumentType.AGENDA);
    target.save("dana", StoreWriterMain.counted(99), 0);
    String input = exported[0] + "\n\n{\"format\": \"twentyminute/store-entry@1\"}\n"
        + exported[1] + "\n" + "{\"broken\n";
    TransferResult result = target.importJsonLines(new StringReader(input));
    assertThat(result.transferred()).isEqualTo(1);
    assertThat(result.problems()).extracting(StoreProblem::line).containsExactly(3L, 4L, 5L);
    assertThat(result.problems().get(0).message()).isEqualTo("line 3: at the document root"
        + " (line 1, column 1): missing required field \"id\"; expected the fields format, id,"
        + " revision, document");
    assertThat(result.problems()).filteredOn(p -> p.line() == 4 || p.line() == 2)
        .extracting(StoreProblem::message).allMatch(m -> m.equals(
            "line 4: document dana is already in the store at revision 1; not overwritten")
            || m.equals("line 2: document ana is already in the store at revision 1; not"
            + " overwritten"));
    assertThat(StoreWriterMain.countOf(target.load("dana").orElseThrow().value()))
        .isEqualTo(99);
    assertThat(target.list()).containsExactly("ana", "dana");
  }

  @Test
  void importSkipsALineLongerThanTheLimit() {
    TwentyMinuteJson small = TwentyMinuteJson.builder().maxDocumentLength(100).build();
    JsonDocumentStore<Agenda> store =
        JsonDocumentStore.open(dir.resolve("small"), DocumentType.AGENDA, small);
    TransferResult result = store.importJsonLines(new StringReader("x".repeat(500) + "\n"));
    assertThat(result.transferred()).isZero();
    assertThat(result.problems()).extracting(StoreProblem::message)
        .containsExactly("line 1: longer than the limit of 100 characters; skipped");
  }

  @Test
  void exportReportsCorruptFilesAndWritesTheRest() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", StoreWriterMain.counted(1), 0);
    store.save("dana", StoreWriterMain.counted(2), 0);
    Files.writeString(store.fileOf("dana"), "");
    StringWriter lines = new StringWriter();
    TransferResult exported = store.exportJsonLines(lines);
    assertThat(exported.transferred()).isEqualTo(1);
    assertThat(exported.problems()).extracting(p -> p.file().orElseThrow())
        .containsExactly(store.fileOf("dana"));
    assertThat(lines.toString()).contains("\"id\":\"ana\"").doesNotContain("\"id\":\"dana\"");
  }

  private List<Path> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("agendas"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
          .collect(Collectors.toList());
    }
  }
}
