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
    return MeetingRecord.builder().from(Samples.record()).id(id).revision(0).build();
  }

  @Test
  void savesARecordAtItsNextRevisionAndLoadsItBack() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    MeetingRecord saved = store.save(fresh("dana"));
    assertThat(saved.revision()).isEqualTo(1);
    assertThat(store.load("dana")).contains(saved);
    MeetingRecord changed = MeetingRecord.builder().from(saved).evangelist(Evangelist.YES).build();
    MeetingRecord again = store.save(changed);
    assertThat(again.revision()).isEqualTo(2);
    assertThat(store.load("dana").orElseThrow().evangelist()).isEqualTo(Evangelist.YES);
    assertThat(store.list()).containsExactly("dana");
    assertThat(store.documents().load("dana").orElseThrow().revision()).isEqualTo(2);
  }

  @Test
  void refusesToSaveARecordLoadedBeforeSomeoneElseSavedIt() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    MeetingRecord mine = store.save(fresh("dana"));
    MeetingRecord theirs = store.load("dana").orElseThrow();
    store.save(MeetingRecord.builder().from(theirs).evangelist(Evangelist.YES).build());
    assertThatThrownBy(() -> store.save(
        MeetingRecord.builder().from(mine).evangelist(Evangelist.NO).build()))
        .isInstanceOf(StoreConflictException.class)
        .hasMessage("document dana is at revision 2, but the change was made to revision 1;"
            + " nothing was written. Load it again, apply the change and save with revision 2");
    assertThat(store.load("dana").orElseThrow().evangelist()).isEqualTo(Evangelist.YES);
  }

  @Test
  void refusesARecordIdTheStoreCannotUse() {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    assertThatThrownBy(() -> store.save(fresh("Dana")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document id must be 1 to 64 lower-case letters, digits, _ or -, starting"
            + " with a letter or digit (no path separators, dots or capitals), but was \"Dana\"");
    assertThat(store.list()).isEmpty();
  }

  @Test
  void reportsAFileWhoseRecordDisagreesWithItsEntry() throws Exception {
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    store.save(fresh("dana"));
    store.save(fresh("eli"));
    Path eli = store.documents().fileOf("eli");
    Files.writeString(eli, Files.readString(eli).replaceFirst("(?m)^  \"revision\": 1,",
        "  \"revision\": 7,"));
    LoadResult<MeetingRecord> all = store.loadAll();
    assertThat(all.documents()).extracting(s -> s.value().id()).containsExactly("dana");
    assertThat(all.problems()).extracting(StoreProblem::message).containsExactly(
        eli + ": at the document root (line 1, column 1): the entry at revision 7 holds meeting"
            + " record eli at revision 1; expected the same revision");
    List<StoreProblem> problems = new ArrayList<>();
    try (Stream<MeetingRecord> records = store.streamAll(problems::add)) {
      assertThat(records.map(MeetingRecord::id).collect(Collectors.toList()))
          .containsExactly("dana");
    }
    assertThat(problems).hasSize(1);
  }

  @Test
  void exportsAndImportsRecordsAsJsonLines() {
    JsonMeetingStore store = JsonMeetingStore.open(dir.resolve("a"));
    for (int i = 0; i < 5; i++) {
      store.save(fresh("m" + i));
    }
    StringWriter lines = new StringWriter();
    assertThat(store.exportJsonLines(lines).transferred()).isEqualTo(5);
    JsonMeetingStore copy = JsonMeetingStore.open(dir.resolve("b"));
    assertThat(copy.importJsonLines(new StringReader(lines.toString())).transferred())
        .isEqualTo(5);
    assertThat(copy.loadAll().documents()).isEqualTo(store.loadAll().documents());
    MeetingRecord m3 = copy.load("m3").orElseThrow();
    assertThat(copy.delete("m3", m3.revision())).isTrue();
    assertThat(copy.list()).containsExactly("m0", "m1", "m2", "m4");
    assertThat(copy).hasToString(copy.directory() + " (meeting records)");
  }
}
