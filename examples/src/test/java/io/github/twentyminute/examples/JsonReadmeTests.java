package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.Stored;
import io.github.twentyminute.json.StoreConflictException;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.testing.SampleJournal;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's snippet on JSON documents and the meeting store. */
class JsonReadmeTests {
  @Test
  void theReadmesJsonSnippetRunsAsItSays(@TempDir Path dir) throws IOException {
    Agenda agenda = SampleMeeting.agenda();
    MeetingRecord record = SampleJournal.records().get(0);
    String conflict = null;

    // readme:json-documents
    TwentyMinuteJson json = TwentyMinuteJson.create();             // indented; builder() for compact
    String text = json.write(DocumentType.AGENDA, agenda);
    Agenda back = json.read(DocumentType.AGENDA, text);            // equal to agenda
    json.write(DocumentType.MEETING_RECORD, record, dir.resolve("m1.json"));

    JsonMeetingStore store = JsonMeetingStore.open(dir.resolve("meetings"));
    Stored<MeetingRecord> saved = store.save(record, 0);           // 0: a new record
    store.save(saved.value(), saved.revision());                   // replaces revision 1
    try {
      store.save(record, 0);                                       // revision 0 is stale now
    } catch (StoreConflictException e) {
      conflict = e.getMessage();                                   // nothing was written
    }
    try (Writer lines = Files.newBufferedWriter(dir.resolve("meetings.jsonl"))) {
      store.exportJsonLines(lines);                                // one record at a time
    }
    // end:json-documents

    assertThat(back).isEqualTo(agenda);
    assertThat(json.read(DocumentType.MEETING_RECORD, dir.resolve("m1.json"))).isEqualTo(record);
    assertThat(saved.revision()).isEqualTo(1);
    assertThat(store.load("m1").orElseThrow().revision()).isEqualTo(2);
    assertThat(conflict).isEqualTo("document m1 already exists at revision 2; expected it to be"
        + " new. Maybe load it and save with revision 2");
    assertThat(Files.readAllLines(dir.resolve("meetings.jsonl"))).hasSize(1)
        .allMatch(line -> line.startsWith("{\"format\":\"twentyminute/store-entry@1\",\"id\":"
            + "\"m1\",\"revision\":2,"));
  }
}
