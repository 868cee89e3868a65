package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.journal.MeetingRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edges of the document format: each limit at exactly its value and one past it, every kind
 * of token a reader can meet where another was expected, and the plain value methods.
 */
class EdgeOfFormatTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.create();
  private final String plan =
      TwentyMinuteJson.builder().prettyPrint(false).build()
          .write(DocumentType.PLAN, MeetingPlans.twentyMinute());

  private static JsonFormatException planFails(String text) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> TwentyMinuteJson.create().read(DocumentType.PLAN, text));
    assertThat(e).as("reading should fail").isNotNull();
    return Objects.requireNonNull(e);
  }

  // ------------------------------------------------------------------ durations and instants

  @Test
  void readsADurationPartOfFifteenDigitsAndNoLonger() {
    assertThat(IsoText.duration("PT999999999999999S"))
        .isEqualTo(Duration.ofSeconds(999_999_999_999_999L));
    assertThat(IsoText.duration("PT1000000000000000S")).isNull();
  }

  @Test
  void refusesDaysWithoutDigitsAndDigitsWithoutAUnit() {
    assertThat(IsoText.duration("PDT1S")).isNull();
    assertThat(IsoText.duration("P12")).isNull();
    assertThat(IsoText.duration("P2D")).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void readsNineFractionDigitsAndNotTen() {
    assertThat(IsoText.duration("PT1.123456789S")).isEqualTo(Duration.ofSeconds(1, 123_456_789));
    assertThat(IsoText.duration("PT1.1234567891S")).isNull();
    assertThat(IsoText.duration("PT1.5")).isNull();
    assertThat(IsoText.duration("PT1.")).isNull();
  }

  @Test
  void readsInstantsAtTheEdgesOfEachField() {
    assertThat(IsoText.instant("0000-01-01T00:00:00Z"))
        .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    assertThat(IsoText.instant("2026-03-10T23:59:59Z"))
        .isEqualTo(Instant.parse("2026-03-10T23:59:59Z"));
    assertThat(IsoText.instant("2026-03-10T15:00:00.000Z"))
        .isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
    assertThat(IsoText.instant("2026-03-10T24:00:00Z")).isNull();
    assertThat(IsoText.instant("2026-03-10T15:60:00Z")).isNull();
    assertThat(IsoText.instant("2026-03-10T15:00:60Z")).isNull();
  }

  @Test
  void refusesAnInstantWithALetterInItsYear() {
    assertThat(IsoText.instant("20x6-03-10T15:00:00Z")).isNull();
    assertThat(IsoText.instant("2026-03-10Tx5:00:00Z")).isNull();
  }

  // ------------------------------------------------------------------ what the reader found

  @Test
  void namesTrueAndFalseWhereAStringWasExpected() {
    String withTrue = plan.replace("\"budget\":\"PT20M\"", "\"budget\":true");
    assertThat(planFails(withTrue).problem()).isEqualTo(
        "expected an ISO-8601 duration such as \"PT2M30S\", found true");
    String withFalse = plan.replace("\"budget\":\"PT20M\"", "\"budget\":false");
    assertThat(planFails(withFalse).problem()).isEqualTo(
        "expected an ISO-8601 duration such as \"PT2M30S\", found false");
  }

  @Test
  void namesTheFieldWhereAJacksonParserStoodInsteadOfAnObject() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new TwentyMinuteModule()).build();
    try (JsonParser parser = mapper.createParser("{\"plan\": 1}")) {
      parser.nextToken();
      parser.nextToken();
      assertThatThrownBy(() -> mapper.readValue(parser, MeetingPlan.class))
          .isInstanceOf(DatabindException.class)
          .hasMessageStartingWith("cannot read a plan document: at the document root (line 1, column 2):"
              + " expected an object, found field \"plan\"");
    }
  }

  @Test
  void showsAFieldNameOfSixtyCharactersWhole() {
    String sixty = "a".repeat(60);
    String text = plan.replace("{\"format\"", "{\"" + sixty + "\":1,\"format\"");
    assertThat(planFails(text).problem()).startsWith("unknown field \"" + sixty + "\";");
    String longer = "a".repeat(61);
    String text61 = plan.replace("{\"format\"", "{\"" + longer + "\":1,\"format\"");
    assertThat(planFails(text61).problem()).startsWith("unknown field \"" + sixty + "...\";");
  }

  @Test
  void escapesTildesAndSlashesInPointersWhereverTheyStand() {
    assertThat(planFails(plan.replace("{\"format\"", "{\"~a\":1,\"format\"")).pointer())
        .isEqualTo("/~0a");
    assertThat(planFails(plan.replace("{\"format\"", "{\"/a\":1,\"format\"")).pointer())
        .isEqualTo("/~1a");
    assertThat(planFails(plan.replace("{\"format\"", "{\"a~b/c\":1,\"format\"")).pointer())
        .isEqualTo("/a~0b~1c");
    assertThat(planFails(plan.replace("{\"format\"", "{\"a/b\":1,\"format\"")).pointer())
        .isEqualTo("/a~1b");
  }

  @Test
  void readsAVersionOneRecordAtRevisionZeroAndALongRevisionButNotBeyondLong() {
    String v1 = Golden.read("meeting-record-sample-v1.json");
    for (String revision : new String[] {"0", "5000000000"}) {
      assertThat(json.read(DocumentType.MEETING_RECORD,
          v1.replace("\"revision\": 3", "\"revision\": " + revision)))
          .isEqualTo(Samples.record());
    }
    String tooBig = v1.replace("\"revision\": 3", "\"revision\": 99999999999999999999");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> json.read(DocumentType.MEETING_RECORD, tooBig));
    assertThat(e.problem()).isEqualTo("expected a whole number from -9223372036854775808 to"
        + " 9223372036854775807, found 99999999999999999999");
    assertThat(e.pointer()).isEqualTo("/revision");
  }

  // ------------------------------------------------------------------ limits and layout

  @Test
  void acceptsEachLimitAtOneAndRefusesZero() {
    TwentyMinuteJson smallest = TwentyMinuteJson.builder().maxDocumentLength(1)
        .maxNestingDepth(1).maxStringLength(1).prettyPrint(false).build();
    assertThat(smallest.maxDocumentLength()).isEqualTo(1);
    assertThat(smallest.maxNestingDepth()).isEqualTo(1);
    assertThat(smallest.maxStringLength()).isEqualTo(1);
    assertThat(smallest.prettyPrint()).isFalse();
    assertThatThrownBy(() -> TwentyMinuteJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max document length must be 1 or more, but was 0");
    assertThatThrownBy(() -> TwentyMinuteJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max string length must be 1 or more, but was 0");
  }

  @Test
  void writesAnEmptyObjectOnOneLineAndAFullOneIndented() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = json.generator(bytes, true)) {
      out.writeStartObject();
      out.writeName("empty");
      out.writeStartObject();
      out.writeEndObject();
      out.writeEndObject();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\n  \"empty\": {}\n}");
  }

  @Test
  void flushesTheWriterItWritesTo() {
    java.io.StringWriter target = new java.io.StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target, 1 << 20);
    json.write(DocumentType.PLAN, MeetingPlans.twentyMinute(), buffered);
    assertThat(target.toString())
        .isEqualTo(json.write(DocumentType.PLAN, MeetingPlans.twentyMinute()));
  }

  @Test
  void leavesTheLocationOutOfTheMessageWhenTheLineIsUnknownOrZero() {
    assertThat(new BadValueException("", 0, 0, "bad", "bad", "", null, null).getMessage())
        .isEqualTo("at the document root: bad");
    assertThat(new BadValueException("/a", 1, 7, "bad", "bad", "", "f.json", null).getMessage())
        .isEqualTo("f.json: at /a (line 1, column 7): bad");
  }

  // ------------------------------------------------------------------ field tables

  @Test
  void numbersFieldsInOrderAndMarksTheOptionalOnes() {
    Fields fields = Fields.of("a", "b?", "c");
    assertThat(fields.list()).isEqualTo("a, b, c");
    assertThat(fields.indexOf("a")).isZero();
    assertThat(fields.indexOf("b")).isEqualTo(1);
    assertThat(fields.indexOf("c")).isEqualTo(2);
    assertThat(fields.indexOf("b?")).isEqualTo(-1);
    assertThat(fields.name(1)).isEqualTo("b");
    assertThat(fields.requiredMask()).isEqualTo(0b101L);
    assertThat(Fields.of().list()).isEmpty();
  }

  @Test
  void holdsSixtyFourFieldsAndRefusesSixtyFive() {
    String[] names = new String[64];
    for (int i = 0; i < 64; i++) {
      names[i] = "f" + i;
    }
    Fields fields = Fields.of(names);
    assertThat(fields.requiredMask()).isEqualTo(-1L);
    assertThat(fields.name(63)).isEqualTo("f63");
    String[] more = java.util.Arrays.copyOf(names, 65);
    more[64] = "f64";
    assertThatThrownBy(() -> Fields.of(more))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 64 fields, but 65 given");
  }

  @Test
  void addsFormatAfterTheBodyFieldsOfADocument() {
    Fields fields = DocumentCodec.document("a", "b?");
    assertThat(fields.list()).isEqualTo("a, b, format");
    assertThat(fields.requiredMask()).isEqualTo(0b101L);
  }

  // ------------------------------------------------------------------ stored values

  @Test
  void comparesStoredDocumentsByIdRevisionAndValue() {
    Stored<String> one = new Stored<>("dana", 3, "x");
    assertThat(one).isEqualTo(new Stored<>("dana", 3, "x"));
    assertThat(one.hashCode()).isEqualTo(Objects.hash("dana", 3L, "x"));
    assertThat(one).isNotEqualTo(new Stored<>("ana", 3, "x"));
    assertThat(one).isNotEqualTo(new Stored<>("dana", 4, "x"));
    assertThat(one).isNotEqualTo(new Stored<>("dana", 3, "y"));
    assertThat(one).isNotEqualTo("dana@3");
    assertThat(one.toString()).isEqualTo("dana@3");
  }

  @Test
  void showsAStoreProblemAsItsMessage() {
    StoreProblem problem = new StoreProblem(Path.of("a.json"), 0, "a.json: broken", null);
    assertThat(problem.toString()).isEqualTo("a.json: broken");
    assertThat(problem.file()).contains(Path.of("a.json"));
    assertThat(problem.line()).isZero();
    assertThat(problem.cause()).isEmpty();
  }
}
