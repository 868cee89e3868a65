package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwentyMinuteJsonTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.create();

  @Test
  void writesTheBooksPlanAsItsGoldenFile() {
    Golden.assertMatches("plan-twenty-minute.json",
        json.write(DocumentType.PLAN, MeetingPlans.twentyMinute()));
  }

  @Test
  void writesTheThirtyMinutePlanAsItsGoldenFile() {
    Golden.assertMatches("plan-thirty-minute.json",
        json.write(DocumentType.PLAN, MeetingPlans.thirtyMinute()));
  }

  @Test
  void writesTheSampleAgendaAsItsGoldenFile() {
    Golden.assertMatches("agenda-sample.json",
        json.write(DocumentType.AGENDA, SampleMeeting.agenda()));
  }

  @Test
  void writesAReportWithFindingsAsItsGoldenFile() {
    Golden.assertMatches("report-overfull-plan.json",
        json.write(DocumentType.REPORT, Samples.overfullReport()));
  }

  @Test
  void writesTheSampleSessionAsItsGoldenFile() {
    Golden.assertMatches("session-sample.json",
        json.write(DocumentType.SESSION, Samples.session()));
  }

  @Test
  void writesTheSampleFollowUpAsItsGoldenFile() {
    Golden.assertMatches("followup-sample.json",
        json.write(DocumentType.FOLLOW_UP, Samples.followUp()));
  }

  @Test
  void writesTheSampleMeetingRecordAsItsGoldenFile() {
    Golden.assertMatches("meeting-record-sample.json",
        json.write(DocumentType.MEETING_RECORD, Samples.record()));
  }

  @Test
  void readsEveryGoldenFileBackToTheValueItWasWrittenFrom() {
    assertThat(json.read(DocumentType.MEETING_RECORD, Golden.read("meeting-record-sample.json")))
        .isEqualTo(Samples.record());
    assertThat(json.read(DocumentType.SESSION, Golden.read("session-sample.json")))
        .isEqualTo(Samples.session());
    assertThat(json.read(DocumentType.FOLLOW_UP, Golden.read("followup-sample.json")))
        .isEqualTo(Samples.followUp());
    assertThat(json.read(DocumentType.PLAN, Golden.read("plan-twenty-minute.json")))
        .isEqualTo(MeetingPlans.twentyMinute());
    assertThat(json.read(DocumentType.PLAN, Golden.read("plan-thirty-minute.json")))
        .isEqualTo(MeetingPlans.thirtyMinute());
    assertThat(json.read(DocumentType.AGENDA, Golden.read("agenda-sample.json")))
        .isEqualTo(SampleMeeting.agenda());
    assertThat(json.read(DocumentType.REPORT, Golden.read("report-overfull-plan.json")))
        .isEqualTo(Samples.overfullReport());
    assertThat(json.read(DocumentType.REPORT, Golden.read("report-v1-overfull-plan.json")))
        .isEqualTo(Samples.overfullReportAsText());
  }

  /**
   * Documents of the versions before the follow-up policy left the plan still read: the plan's
   * policy is checked and dropped, so they read to the values written from, which used the
   * standard policy.
   */
  @Test
  void readsTheGoldenFilesOfVersionOne() {
    assertThat(Golden.read("plan-twenty-minute-v1.json"))
        .contains("\"format\": \"twentyminute/plan@1\"", "\"followUpPolicy\"");
    assertThat(json.read(DocumentType.PLAN, Golden.read("plan-twenty-minute-v1.json")))
        .isEqualTo(MeetingPlans.twentyMinute());
    assertThat(json.read(DocumentType.AGENDA, Golden.read("agenda-sample-v1.json")))
        .isEqualTo(SampleMeeting.agenda());
    assertThat(json.read(DocumentType.SESSION, Golden.read("session-sample-v1.json")))
        .isEqualTo(Samples.session());
    assertThat(Golden.read("meeting-record-sample-v1.json"))
        .contains("\"format\": \"twentyminute/meeting-record@1\"", "\"revision\": 3");
    assertThat(json.read(DocumentType.MEETING_RECORD, Golden.read("meeting-record-sample-v1.json")))
        .isEqualTo(Samples.record());
  }

  @Test
  void writesTheCurrentVersionWithoutThePlansPolicy() {
    for (String name : new String[] {"plan-twenty-minute.json", "plan-thirty-minute.json",
        "agenda-sample.json", "session-sample.json"}) {
      assertThat(Golden.read(name)).as(name).doesNotContain("followUpPolicy")
          .contains("@2\"");
    }
    String record = Golden.read("meeting-record-sample.json");
    assertThat(record).contains("\"format\": \"twentyminute/meeting-record@2\"")
        .doesNotContain("followUpPolicy", "\"revision\"");
    assertThat(record.split("\"counterpart\"", -1)).as("the counterpart, once").hasSize(2);
    assertThat(record.split("\"policy\"", -1)).as("the follow-up policy, once").hasSize(2);
  }

  @Test
  void writesOneCompactLineWithoutPrettyPrinting() {
    TwentyMinuteJson compact = TwentyMinuteJson.builder().prettyPrint(false).build();
    String text = compact.write(DocumentType.PLAN, MeetingPlans.twentyMinute());
    assertThat(text).doesNotContain("\n").startsWith("{\"format\":\"twentyminute/plan@2\",");
    assertThat(compact.read(DocumentType.PLAN, text)).isEqualTo(MeetingPlans.twentyMinute());
    assertThat(text.length()).isLessThan(json.write(DocumentType.PLAN,
        MeetingPlans.twentyMinute()).length());
  }

  @Test
  void roundTripsThroughWriterAndReader() {
    StringWriter out = new StringWriter();
    json.write(DocumentType.AGENDA, SampleMeeting.agenda(), out);
    assertThat(json.read(DocumentType.AGENDA, new StringReader(out.toString())))
        .isEqualTo(SampleMeeting.agenda());
  }

  @Test
  void roundTripsThroughStreamsAsUtf8AndLeavesThemOpen() {
    Agenda agenda = SampleMeeting.agenda();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicBoolean closed = new AtomicBoolean();
    java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    json.write(DocumentType.AGENDA, agenda, out);
    assertThat(closed).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(json.write(DocumentType.AGENDA, agenda));
    InputStream in = new ByteArrayInputStream(bytes.toByteArray());
    assertThat(json.read(DocumentType.AGENDA, in)).isEqualTo(agenda);
  }

  @Test
  void roundTripsThroughAFile(@TempDir Path dir) {
    Path file = dir.resolve("plan.json");
    MeetingPlan plan = MeetingPlans.thirtyMinute();
    json.write(DocumentType.PLAN, plan, file);
    assertThat(json.read(DocumentType.PLAN, file)).isEqualTo(plan);
  }

  @Test
  void namesTheFileInTheExceptionForABadFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"twentyminute/plan@2\", \"name\": 3}");
    assertThatThrownBy(() -> json.read(DocumentType.PLAN, file))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(file + ": at /name (line 1, column 43): expected a string, found the number 3")
        .extracting(e -> ((JsonFormatException) e).source().orElseThrow())
        .isEqualTo(file.toString());
  }

  @Test
  void reportsAMissingFileAsAnIoFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> json.read(DocumentType.PLAN, dir.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void readsTheFormatFieldWhereverItStands() {
    for (String version : new String[] {"1", "2"}) {
      String text = Golden.read(version.equals("1") ? "report-v1-overfull-plan.json"
              : "report-overfull-plan.json")
          .replace("  \"format\": \"twentyminute/report@" + version + "\",\n", "")
          .replaceFirst("\\}\\s*$", ", \"format\": \"twentyminute/report@" + version + "\"}");
      ValidationReport report = json.read(DocumentType.REPORT, text);
      assertThat(report).isEqualTo(version.equals("1") ? Samples.overfullReportAsText()
          : Samples.overfullReport());
    }
  }

  @Test
  void listsItsDocumentTypesWithFormatsAndSchemas() {
    assertThat(DocumentType.all()).extracting(DocumentType::format).containsExactly(
        "twentyminute/plan@2", "twentyminute/agenda@2", "twentyminute/report@2",
        "twentyminute/session@2", "twentyminute/followup@1", "twentyminute/meeting-record@2");
    assertThat(DocumentType.forFormat("twentyminute/agenda@1")).contains(DocumentType.AGENDA);
    assertThat(DocumentType.forFormat("twentyminute/agenda@2")).contains(DocumentType.AGENDA);
    assertThat(DocumentType.forFormat("twentyminute/agenda@3")).isEmpty();
    assertThat(DocumentType.AGENDA.schemaResource())
        .isEqualTo("io/github/twentyminute/json/schema/agenda-2.schema.json");
    assertThat(DocumentType.AGENDA.schemaResource(1))
        .isEqualTo("io/github/twentyminute/json/schema/agenda-1.schema.json");
    assertThat(DocumentType.AGENDA.oldestVersion()).isEqualTo(1);
    assertThat(DocumentType.SESSION.version()).isEqualTo(2);
    assertThat(DocumentType.AGENDA.javaType()).isEqualTo(Agenda.class);
    assertThat(DocumentType.PLAN).hasToString("twentyminute/plan@2");
  }

  @Test
  void refusesLimitsBelowOne() {
    assertThatThrownBy(() -> TwentyMinuteJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max nesting depth must be 1 or more, but was 0");
    assertThatThrownBy(() -> TwentyMinuteJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max document length must be 1 or more, but was 0");
    assertThatThrownBy(() -> TwentyMinuteJson.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max string length must be 1 or more, but was -1");
  }
}
