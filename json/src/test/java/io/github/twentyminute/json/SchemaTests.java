package io.github.twentyminute.json;

import io.github.twentyminute.journal.MeetingRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.testing.SampleMeeting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas (draft 2020-12) accept every document the library writes, refuse
 * documents the reader refuses for their shape, and agree with each other where they share a
 * definition.
 */
class SchemaTests {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();
  private static final TwentyMinuteJson JSON = TwentyMinuteJson.create();

  private static synchronized Schema schema(DocumentType<?> type, int version) {
    return SCHEMAS.computeIfAbsent(type.schemaResource(version),
        r -> REGISTRY.getSchema(type.schema(version), InputFormat.JSON));
  }

  private static List<String> errors(DocumentType<?> type, String document) {
    return errors(type, type.version(), document);
  }

  private static List<String> errors(DocumentType<?> type, int version, String document) {
    List<Error> errors = schema(type, version).validate(document, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void acceptsTheGoldenFiles() {
    assertThat(errors(DocumentType.PLAN, Golden.read("plan-twenty-minute.json"))).isEmpty();
    assertThat(errors(DocumentType.PLAN, Golden.read("plan-thirty-minute.json"))).isEmpty();
    assertThat(errors(DocumentType.AGENDA, Golden.read("agenda-sample.json"))).isEmpty();
    assertThat(errors(DocumentType.REPORT, Golden.read("report-overfull-plan.json"))).isEmpty();
    assertThat(errors(DocumentType.REPORT, 1, Golden.read("report-v1-overfull-plan.json")))
        .isEmpty();
    assertThat(errors(DocumentType.REPORT, Golden.read("report-v1-overfull-plan.json")))
        .isNotEmpty();
    assertThat(errors(DocumentType.SESSION, Golden.read("session-sample.json"))).isEmpty();
    assertThat(errors(DocumentType.FOLLOW_UP, Golden.read("followup-sample.json"))).isEmpty();
    assertThat(errors(DocumentType.MEETING_RECORD, Golden.read("meeting-record-sample.json")))
        .isEmpty();
    assertThat(errors(DocumentType.MEETING_RECORD, 1,
        Golden.read("meeting-record-sample-v1.json"))).isEmpty();
    assertThat(errors(DocumentType.PLAN, 1, Golden.read("plan-twenty-minute-v1.json"))).isEmpty();
    assertThat(errors(DocumentType.AGENDA, 1, Golden.read("agenda-sample-v1.json"))).isEmpty();
    assertThat(errors(DocumentType.SESSION, 1, Golden.read("session-sample-v1.json"))).isEmpty();
  }

  @Test
  void tellsTheVersionsApartByThePlansPolicy() {
    String v1 = Golden.read("plan-twenty-minute-v1.json");
    String v2 = Golden.read("plan-twenty-minute.json");
    assertThat(errors(DocumentType.PLAN, 2, v1.replace("plan@1", "plan@2"))).isNotEmpty();
    assertThat(errors(DocumentType.PLAN, 1, v2.replace("plan@2", "plan@1"))).isNotEmpty();
    String agenda = Golden.read("agenda-sample-v1.json");
    assertThat(errors(DocumentType.AGENDA, 2, agenda.replace("agenda@1", "agenda@2")))
        .isNotEmpty();
  }

  @Test
  void acceptsEveryGeneratedPlan() {
    qt().withExamples(100).forAll(JsonGen.of(JsonGen::plan)).checkAssert(plan ->
        assertThat(errors(DocumentType.PLAN, JSON.write(DocumentType.PLAN, plan))).isEmpty());
  }

  @Test
  void acceptsEveryGeneratedAgenda() {
    qt().withExamples(100).forAll(JsonGen.of(JsonGen::agenda)).checkAssert(agenda ->
        assertThat(errors(DocumentType.AGENDA, JSON.write(DocumentType.AGENDA, agenda)))
            .isEmpty());
  }

  @Test
  void acceptsEveryGeneratedSession() {
    qt().withExamples(60).forAll(JsonGen.of(JsonGen::session)).checkAssert(session ->
        assertThat(errors(DocumentType.SESSION, JSON.write(DocumentType.SESSION, session)))
            .isEmpty());
  }

  @Test
  void acceptsEveryGeneratedFollowUp() {
    qt().withExamples(100).forAll(JsonGen.of(JsonGen::followUp)).checkAssert(followUp ->
        assertThat(errors(DocumentType.FOLLOW_UP, JSON.write(DocumentType.FOLLOW_UP, followUp)))
            .isEmpty());
  }

  @Test
  void acceptsEveryGeneratedMeetingRecord() {
    qt().withExamples(60).forAll(JsonGen.of(JsonGen::record)).checkAssert(record ->
        assertThat(errors(DocumentType.MEETING_RECORD,
            JSON.write(DocumentType.MEETING_RECORD, record))).isEmpty());
  }

  @Test
  void refusesSessionEventsWithTheFieldsOfAnotherType() {
    String session = JSON.write(DocumentType.SESSION, Samples.session());
    assertThat(errors(DocumentType.SESSION, session.replace("\"type\": \"cue-done\"",
        "\"type\": \"item-covered\""))).isNotEmpty();
    assertThat(errors(DocumentType.SESSION, session.replace("\"type\": \"ended\"",
        "\"type\": \"finished\""))).isNotEmpty();
  }

  @Test
  void acceptsEveryGeneratedReport() {
    qt().withExamples(100).forAll(JsonGen.of(JsonGen::report)).checkAssert(report ->
        assertThat(errors(DocumentType.REPORT, JSON.write(DocumentType.REPORT, report)))
            .isEmpty());
  }

  @Test
  void refusesReportsTheReaderRefusesForTheirShape() {
    String report = JSON.write(DocumentType.REPORT, Samples.overfullReport());
    assertThat(errors(DocumentType.REPORT, report)).isEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"rulesRun\"",
        "\"valid\": false,\n  \"rulesRun\""))).as("no valid flag").isNotEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"type\": \"duration\"",
        "\"type\": \"count\""))).as("a count's value is a number").isNotEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"PT20M\"", "20")))
        .as("a duration's value is a string").isNotEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"PT20M\"", "\"-PT20M\"")))
        .as("a duration argument may be negative").isEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"severity\": \"error\"",
        "\"severity\": \"ERROR\""))).isNotEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("\"name\": \"budget\"",
        "\"name\": \"Budget\""))).isNotEmpty();
    assertThat(errors(DocumentType.REPORT, report.replace("report@2", "report@1")))
        .isNotEmpty();
  }

  @Test
  void refusesWhatTheReaderRefusesForItsShape() {
    String plan = JSON.write(DocumentType.PLAN, MeetingPlans.twentyMinute());
    assertThat(errors(DocumentType.PLAN, plan.replace("\"hardCeiling\"", "\"ceiling\"")))
        .isNotEmpty();
    assertThat(errors(DocumentType.PLAN, plan.replace("\"PT20M\"", "\"-PT20M\""))).isNotEmpty();
    assertThat(errors(DocumentType.PLAN, plan.replace("\"PT20M\"", "20"))).isNotEmpty();
    assertThat(errors(DocumentType.PLAN, plan.replace("plan@2", "plan@3"))).isNotEmpty();
    assertThat(errors(DocumentType.PLAN, plan.replace("  \"name\": \"The 20-minute networking"
        + " meeting\",\n", ""))).isNotEmpty();
    String agenda = JSON.write(DocumentType.AGENDA, SampleMeeting.agenda());
    assertThat(errors(DocumentType.AGENDA, agenda.replace("\"kind\": \"question\"",
        "\"kind\": \"Question\""))).isNotEmpty();
    assertThat(errors(DocumentType.AGENDA, agenda.replace("\"kind\": \"question\"",
        "\"kind\": \"cue\""))).as("a cue item must name its cue").isNotEmpty();
    assertThat(errors(DocumentType.AGENDA, agenda.replace("2026-03-10T15:00:00Z",
        "2026-03-10 15:00"))).isNotEmpty();
  }

  @Test
  void acceptsTheFilesAndLinesOfAStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Schema entry;
    try (java.io.InputStream in = SchemaTests.class.getResourceAsStream(
        "/" + JsonDocumentStore.ENTRY_SCHEMA_RESOURCE)) {
      entry = REGISTRY.getSchema(in, InputFormat.JSON);
    }
    JsonMeetingStore store = JsonMeetingStore.open(dir);
    store.save(io.github.twentyminute.journal.MeetingRecord.builder().from(Samples.record())
        .id("dana").build(), 0);
    String file = java.nio.file.Files.readString(store.fileOf("dana"));
    assertThat(entry.validate(file, InputFormat.JSON)).isEmpty();
    java.io.StringWriter lines = new java.io.StringWriter();
    store.exportJsonLines(lines);
    assertThat(entry.validate(lines.toString().strip(), InputFormat.JSON)).isEmpty();
    assertThat(entry.validate(file.replace("\"id\": \"dana\"", "\"id\": \"../dana\""),
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors(DocumentType.MEETING_RECORD,
        JSON.write(DocumentType.MEETING_RECORD, store.load("dana").orElseThrow().value())))
        .isEmpty();
  }

  /**
   * The schemas of one generation share their definitions: the version 1 schema of every type,
   * and the current ones.
   */
  @Test
  void sharesIdenticalDefinitionsAcrossDocumentTypes() {
    Map<String, JsonNode> first = new HashMap<>();
    Map<String, JsonNode> current = new HashMap<>();
    for (DocumentType<?> type : DocumentType.all()) {
      assertSharesDefinitions(type, 1, first);
      assertSharesDefinitions(type, type.version(), current);
    }
    assertThat(current.get("plan").get("properties").has("followUpPolicy")).isFalse();
    assertThat(first.get("plan").get("properties").has("followUpPolicy")).isTrue();
  }

  private static void assertSharesDefinitions(DocumentType<?> type, int version,
      Map<String, JsonNode> seen) {
    JsonNode schema = JsonMapper.builder().build().readTree(type.schema(version));
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("properties").get("format").get("const").asString())
        .isEqualTo(DocumentType.FORMAT_PREFIX + type.name() + "@" + version);
    for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
      JsonNode earlier = seen.putIfAbsent(def.getKey(), def.getValue());
      if (earlier != null) {
        assertThat(def.getValue()).as("definition %s in %s@%d", def.getKey(), type.name(),
            version).isEqualTo(earlier);
      }
    }
  }

  @Test
  void documentsTopLevelFieldsAsTheBodyDefinitionDoes() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (DocumentType<?> type : DocumentType.all()) {
      JsonNode schema = mapper.readTree(type.schema());
      JsonNode body = schema.get("$defs").get(type.name());
      for (Map.Entry<String, JsonNode> field : body.get("properties").properties()) {
        assertThat(schema.get("properties").get(field.getKey()))
            .as("%s field %s", type, field.getKey()).isEqualTo(field.getValue());
      }
      assertThat(schema.get("properties").size()).isEqualTo(body.get("properties").size() + 1);
    }
  }
}
