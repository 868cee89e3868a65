package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.MeetingRecord;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonMeetingStoreTests {
  @TempDir
  Path dir;

  private static MeetingRecord fresh(String id) {
    return MeetingRecord.builder().from(Samples.record()).id(id).build();
  }

  private static MeetingRecord judged(MeetingRecord record, Evangelist evangelist) {
    return MeetingRecord.builder().from(record).evangelist(evangelist).build();
  }

  @Test
  void savesARecordAtItsNextRevisionAndLoadsItBack() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    Stored<MeetingRecord> saved = store.save(fresh("dana"), 0);
    assertThat(saved.revision()).isEqualTo(1);
    assertThat(saved.id()).isEqualTo("dana");
    assertThat(store.load("dana")).contains(saved);
    Stored<MeetingRecord> again =
        store.save(judged(saved.value(), Evangelist.YES), saved.revision());
    assertThat(again.revision()).isEqualTo(2);
    assertThat(store.load("dana").orElseThrow().value().evangelist()).isEqualTo(Evangelist.YES);
    assertThat(store.load("dana").orElseThrow().revision()).isEqualTo(2);
    assertThat(store.list()).containsExactly("dana");
  }

  @Test
  void refusesToSaveARecordLoadedBeforeSomeoneElseSavedIt() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    Stored<MeetingRecord> mine = store.save(fresh("dana"), 0);
    Stored<MeetingRecord> theirs = store.load("dana").orElseThrow();
    store.save(judged(theirs.value(), Evangelist.YES), theirs.revision());
    assertThatThrownBy(() -> store.save(judged(mine.value(), Evangelist.NO), mine.revision()))
        .isInstanceOfSatisfying(StoreConflictException.class, e -> {
          assertThat(e.expectedRevision()).isEqualTo(1);
          assertThat(e.actualRevision()).isEqualTo(2);
        });
    assertThat(store.load("dana").orElseThrow().value().evangelist()).isEqualTo(Evangelist.YES);
  }

  @Test
  void savesMixedCaseIdsAndIdsDifferingOnlyInCaseAsTwoRecords() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    store.save(judged(fresh("Mixed-Case"), Evangelist.YES), 0);
    store.save(judged(fresh("mixed-case"), Evangelist.NO), 0);
    store.save(judged(fresh("MIXED-CASE"), Evangelist.LIKELY), 0);

    assertThat(store.list()).containsExactly("MIXED-CASE", "Mixed-Case", "mixed-case");
    assertThat(store.load("Mixed-Case").orElseThrow().value().evangelist())
        .isEqualTo(Evangelist.YES);
    assertThat(store.load("mixed-case").orElseThrow().value().evangelist())
        .isEqualTo(Evangelist.NO);
    assertThat(store.load("MIXED-CASE").orElseThrow().value().id()).isEqualTo("MIXED-CASE");
    assertThat(JsonMeetingStore.open(dir).loadAll().documents())
        .extracting(Stored::id).containsExactly("MIXED-CASE", "Mixed-Case", "mixed-case");
  }

  @Test
  void storesTheRevisionOnlyInTheEntry() throws Exception {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    Stored<MeetingRecord> saved = store.save(fresh("dana"), 0);
    store.save(saved.value(), saved.revision());

    String file = Files.readString(store.fileOf("dana"));
    assertThat(file).contains("\"format\": \"twentyminute/meeting-record@2\"");
    assertThat(file.split("\"revision\"", -1)).hasSize(2);
    assertThat(file).containsOnlyOnce("\"revision\": 2");
  }

  @Test
  void reportsAFileWhoseRecordDisagreesWithItsEntry() throws Exception {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    store.save(fresh("dana"), 0);
    store.save(fresh("eli"), 0);
    Path eli = store.fileOf("eli");
    Files.writeString(eli, Files.readString(eli).replaceFirst("(?m)^    \"id\": \"eli\",",
        "    \"id\": \"ada\","));
    LoadResult<MeetingRecord> all = store.loadAll();
    assertThat(all.documents()).extracting(s -> s.value().id()).containsExactly("dana");
    assertThat(all.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).contains(eli);
      assertThat(problem.cause()).get().isInstanceOf(BadValueException.class);
    });
    List<StoreProblem> problems = new ArrayList<>();
    try (Stream<Stored<MeetingRecord>> records = store.streamAll(problems::add)) {
      assertThat(records.map(Stored::id).collect(Collectors.toList())).containsExactly("dana");
    }
    assertThat(problems).hasSize(1);
  }

  @Test
  void exportsAndImportsRecordsAsJsonLines() {
    JsonMeetingStore store = JsonMeetingStore.open(dir.resolve("a"));
    for (int i = 0; i < 5; i++) {
      store.save(fresh("m" + i), 0);
    }
    StringWriter lines = new StringWriter();
    assertThat(store.exportJsonLines(lines).transferred()).isEqualTo(5);
    JsonMeetingStore copy = JsonMeetingStore.open(dir.resolve("b"));
    assertThat(copy.importJsonLines(new StringReader(lines.toString())).transferred())
        .isEqualTo(5);
    assertThat(copy.loadAll().documents()).isEqualTo(store.loadAll().documents());
    Stored<MeetingRecord> m3 = copy.load("m3").orElseThrow();
    assertThat(copy.delete("m3", m3.revision())).isTrue();
    assertThat(copy.list()).containsExactly("m0", "m1", "m2", "m4");
    assertThat(copy).hasToString(copy.directory() + " (meeting records)");
  }
}
