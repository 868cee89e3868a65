package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.testing.SampleMeeting;
import org.junit.jupiter.api.Test;

/**
 * One test per class of bad input, each asserting the exact pointer, line, column and problem.
 * Locations are computed from where a snippet stands in the document under test.
 */
class BadInputTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.create();
  private final TwentyMinuteJson compact = TwentyMinuteJson.builder().prettyPrint(false).build();
  private final String plan = json.write(DocumentType.PLAN, MeetingPlans.twentyMinute());
  private final String agenda = compact.write(DocumentType.AGENDA, SampleMeeting.agenda());

  private static JsonFormatException readFails(
      TwentyMinuteJson reader, DocumentType<?> type, String text) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> reader.read(type, text));
    assertThat(e).as("reading should fail").isNotNull();
    return e;
  }

  private JsonFormatException planFails(String text) {
    return readFails(json, DocumentType.PLAN, text);
  }

  /** Asserts the pointer, the location of the first occurrence of {@code at}, and the problem. */
  private static void assertProblem(JsonFormatException e, String text, String pointer,
      String at, String problem) {
    assertProblem(e, text, pointer, "", at, problem);
  }

  /**
   * Asserts the pointer, the location of {@code at} where it first follows {@code before}, and
   * the problem.
   */
  private static void assertProblem(JsonFormatException e, String text, String pointer,
      String before, String at, String problem) {
    int found = text.indexOf(before + at);
    assertThat(found).as("snippet %s%s in the document", before, at).isNotNegative();
    int offset = found + before.length();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.getMessage()).isEqualTo("at " + (pointer.isEmpty() ? "the document root"
        : pointer) + " (line " + line + ", column " + column + "): " + problem);
    assertThat(e.source()).isEmpty();
  }

  @Test
  void refusesAnUnknownField() {
    String text = plan.replace("\"hardCeiling\"", "\"hardCeilng\"");
    assertProblem(planFails(text), text, "/hardCeilng", "\"hardCeilng\"",
        "unknown field \"hardCeilng\"; expected one of the fields name, budget, hardCeiling,"
            + " phases, groupLimits, followUpPolicy, format");
  }

  @Test
  void refusesAnUnknownFieldDeepInside() {
    String text = agenda.replace("\"mustKeep\":false,\"linkedNotes\":[\"n1\"]",
        "\"mustKeep\":false,\"notes\":[\"n1\"]");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/4/notes",
        "\"notes\":[\"n1\"]", "unknown field \"notes\"; expected one of the fields id, phase,"
            + " kind, text, planned, priority, mustKeep, cue, linkedNotes");
  }

  @Test
  void refusesAMissingRequiredFieldAtTheObjectThatLacksIt() {
    String text = plan.replace("  \"budget\": \"PT20M\",\n", "");
    assertProblem(planFails(text), text, "", "{",
        "missing required field \"budget\"; expected the fields name, budget, hardCeiling,"
            + " phases, groupLimits, followUpPolicy, format");
  }

  @Test
  void refusesAMissingFieldInANestedObject() {
    String text = plan.replaceFirst(",\n\\s*\"max\": \"PT2M\"", "");
    assertProblem(planFails(text), text, "/phases/0/timeBox", "{\n        \"min\": \"PT1M\"",
        "missing required field \"max\"; expected the fields min, target, max");
  }

  @Test
  void refusesADocumentWithoutFormat() {
    String text = plan.replace("  \"format\": \"twentyminute/plan@2\",\n", "");
    assertProblem(planFails(text), text, "", "{",
        "missing required field \"format\"; expected the fields name, budget, hardCeiling,"
            + " phases, groupLimits, followUpPolicy, format");
  }

  @Test
  void refusesAFieldGivenTwice() {
    String text = plan.replace("\"budget\": \"PT20M\",", "\"budget\": \"PT20M\", \"name\": \"x\",");
    assertProblem(planFails(text), text, "/name", "\"name\": \"x\"",
        "field \"name\" appears twice; expected each field once");
  }

  @Test
  void refusesAValueOfTheWrongType() {
    String text = plan.replace("\"budget\": \"PT20M\"", "\"budget\": 20");
    assertProblem(planFails(text), text, "/budget", "20,",
        "expected an ISO-8601 duration such as \"PT2M30S\", found the number 20");
  }

  @Test
  void refusesAnObjectWhereAStringBelongs() {
    String text = plan.replace("\"name\": \"The 20-minute networking meeting\"",
        "\"name\": {\"text\": \"x\"}");
    assertProblem(planFails(text), text, "/name", "{\"text\"",
        "expected a string, found an object");
  }

  @Test
  void refusesAStringWhereAListBelongs() {
    String text = agenda.replace("\"linkedNotes\":[\"n2\"]", "\"linkedNotes\":\"n2\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/5/linkedNotes",
        "\"linkedNotes\":", "\"n2\"", "expected an array, found the string \"n2\"");
  }

  @Test
  void refusesNull() {
    String text = plan.replace("\"purpose\": \"Your career overview, leading to why you asked"
        + " for the meeting\"", "\"purpose\": null");
    assertProblem(planFails(text), text, "/phases/1/purpose", "null",
        "expected a string, found null");
  }

  @Test
  void refusesANumberOutOfRange() {
    String text = agenda.replace("\"priority\":3", "\"priority\":3000000000");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/8/priority",
        "3000000000", "expected a whole number from -2147483648 to 2147483647, found 3000000000");
  }

  @Test
  void refusesAFractionWhereAWholeNumberBelongs() {
    String text = agenda.replace("\"priority\":3", "\"priority\":2.5");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/8/priority", "2.5",
        "expected a whole number, found the number 2.5");
  }

  @Test
  void refusesANegativeDuration() {
    String text = plan.replace("\"hardCeiling\": \"PT30M\"", "\"hardCeiling\": \"-PT30M\"");
    assertProblem(planFails(text), text, "/hardCeiling", "\"-PT30M\"",
        "expected a duration of zero or more, found \"-PT30M\"");
  }

  @Test
  void refusesADurationThatIsNotIso8601() {
    String text = agenda.replace("\"planned\":\"PT3M\"", "\"planned\":\"3:00\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/4/planned",
        "\"3:00\"", "expected an ISO-8601 duration such as \"PT2M30S\", found \"3:00\"");
  }

  @Test
  void refusesAnInstantThatIsNotIso8601() {
    String text = agenda.replace("\"2026-03-10T15:00:00Z\"", "\"2026-03-10 15:00\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/scheduledStart",
        "\"2026-03-10 15:00\"", "expected an ISO-8601 instant in UTC such as"
            + " \"2026-03-10T15:00:00Z\", found \"2026-03-10 15:00\"");
  }

  @Test
  void refusesAnUnknownChoice() {
    String text = agenda.replace("\"kind\":\"question\"", "\"kind\":\"Question\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/4/kind",
        "\"Question\"", "expected \"question\", \"statement\" or \"cue\", found \"Question\"");
  }

  @Test
  void refusesAnUnknownVersionOfTheFormat() {
    String text = plan.replace("twentyminute/plan@2", "twentyminute/plan@3");
    assertProblem(planFails(text), text, "/format", "\"twentyminute/plan@3\"",
        "expected format \"twentyminute/plan@2\", found \"twentyminute/plan@3\": this library"
            + " reads versions 1 to 2 of plan documents");
  }

  @Test
  void refusesAFollowUpPolicyInAPlanOfVersionTwo() {
    String v1 = Golden.read("plan-twenty-minute-v1.json");
    String text = v1.replace("twentyminute/plan@1", "twentyminute/plan@2");
    assertProblem(planFails(text), text, "/followUpPolicy", "\"followUpPolicy\"",
        "unknown field \"followUpPolicy\"; from version 2 a plan has no follow-up policy, the"
            + " follow-up document has it");
    String agenda = Golden.read("agenda-sample-v1.json").replace("agenda@1", "agenda@2");
    assertProblem(readFails(json, DocumentType.AGENDA, agenda), agenda, "/plan/followUpPolicy",
        "\"followUpPolicy\"", "unknown field \"followUpPolicy\"; from version 2 a plan has no"
            + " follow-up policy, the follow-up document has it");
  }

  @Test
  void refusesAPlanOfVersionOneWithoutItsFollowUpPolicy() {
    String text = plan.replace("twentyminute/plan@2", "twentyminute/plan@1");
    assertProblem(planFails(text), text, "", "{",
        "missing required field \"followUpPolicy\"; a version 1 plan carries the follow-up"
            + " policy");
    String session = Golden.read("session-sample.json").replace("session@2", "session@1");
    assertProblem(readFails(json, DocumentType.SESSION, session), session, "/agenda/plan",
        "\"plan\": ", "{", "missing required field \"followUpPolicy\"; a version 1 plan carries"
            + " the follow-up policy");
  }

  @Test
  void checksTheFollowUpPolicyOfAPlanOfVersionOneBeforeDroppingIt() {
    String v1 = Golden.read("plan-twenty-minute-v1.json");
    String text = v1.replace("\"weight\": 3", "\"weight\": 0");
    JsonFormatException e = planFails(text);
    assertThat(e.pointer()).isEqualTo("/followUpPolicy/thank-you-note");
    assertThat(e.problem()).contains("weight must be at least 1, but was 0");
    String record = Golden.read("meeting-record-sample-v1.json").replace("\"weight\": 3",
        "\"weight\": 0");
    assertThat(readFails(json, DocumentType.MEETING_RECORD, record).pointer())
        .isEqualTo("/agenda/plan/followUpPolicy/thank-you-note");
  }

  @Test
  void refusesAnotherDocumentType() {
    assertProblem(planFails(agenda), agenda, "/format", "\"twentyminute/agenda@2\"",
        "expected a plan document, format \"twentyminute/plan@2\", found an agenda document,"
            + " format \"twentyminute/agenda@2\"");
  }

  @Test
  void refusesAnUnknownFormat() {
    String text = plan.replace("twentyminute/plan@2", "acme/plan");
    assertProblem(planFails(text), text, "/format", "\"acme/plan\"",
        "expected format \"twentyminute/plan@2\", found \"acme/plan\"");
  }

  @Test
  void reportsABrokenTimeBoxWithTheCoresMessageAtTheTimeBox() {
    String text = plan.replace("\"min\": \"PT12M\"", "\"min\": \"PT16M\"");
    assertProblem(planFails(text), text, "/phases/2/timeBox", "{\n        \"min\": \"PT16M\"",
        "time box max (15:00) is below its min (16:00)");
  }

  @Test
  void reportsABrokenPlanWithTheCoresMessageAtThePlan() {
    String text = plan.replace("\"id\": \"overview\"", "\"id\": \"introduction\"");
    assertProblem(planFails(text), text, "", "{",
        "plan \"The 20-minute networking meeting\" has phase id introduction twice (phases 0"
            + " and 1); phase ids must be unique");
  }

  @Test
  void reportsAnItemInAPhaseThePlanLacksAtTheAgenda() {
    String text = agenda.replace("\"id\":\"q1\",\"phase\":\"discussion\"",
        "\"id\":\"q1\",\"phase\":\"small-talk\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "", "{",
        "agenda item q1 is in phase small-talk, which plan \"The 20-minute networking meeting\""
            + " does not have; its phases are [introduction, overview, discussion, ending]");
  }

  @Test
  void reportsAMalformedPhaseIdWithTheCoresMessageAtTheValue() {
    String text = agenda.replace("\"id\":\"q1\",\"phase\":\"discussion\"",
        "\"id\":\"q1\",\"phase\":\"dis cussion\"");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/4/phase",
        "\"phase\":", "\"dis cussion\"", "phase id must be 1 to 64 ASCII letters, digits, . _ or -"
            + " starting with a letter or digit, such as q1 or budget.total, but was \"dis cussion\"");
  }

  @Test
  void reportsAnItemBrokenByItsValuesAtTheItem() {
    String text = agenda.replace("\"priority\":3", "\"priority\":0");
    assertProblem(readFails(json, DocumentType.AGENDA, text), text, "/items/8",
        "{\"id\":\"q5\"", "agenda item q5 priority must be 1 (most important) or more, but was 0");
  }

  @Test
  void refusesAReportWhoseValidFlagDisagreesWithItsViolations() {
    String text = Golden.read("report-v1-overfull-plan.json")
        .replace("\"valid\": false", "\"valid\": true");
    assertProblem(readFails(json, DocumentType.REPORT, text), text, "", "{",
        "report says \"valid\": true, but its violations hold 2 errors; expected \"valid\":"
            + " false");
  }

  @Test
  void refusesAReportWithTheFieldsOfTheOtherVersion() {
    String v2 = json.write(DocumentType.REPORT, Samples.overfullReport());
    String withFlag = v2.replace("\"rulesRun\"", "\"valid\": false,\n  \"rulesRun\"");
    assertProblem(readFails(json, DocumentType.REPORT, withFlag), withFlag, "", "{",
        "a twentyminute/report@2 document has \"findings\" and no \"valid\" flag; found"
            + " \"valid\", a field of report@1");
    String asV1 = v2.replace("report@2", "report@1");
    assertProblem(readFails(json, DocumentType.REPORT, asV1), asV1, "", "{",
        "a twentyminute/report@1 document has \"violations\", not \"findings\"; found"
            + " \"findings\" (maybe the format should be report@2)");
    String noFindings = v2.replaceFirst("(?s),\n  \"findings\": \\[.*\\]\n}", "\n}");
    assertProblem(readFails(json, DocumentType.REPORT, noFindings), noFindings, "", "{",
        "missing required field \"findings\"; expected the fields of a twentyminute/report@2"
            + " document: rulesRun, findings, format");
  }

  @Test
  void refusesAnArgumentWhoseValueIsNotOfItsType() {
    String v2 = json.write(DocumentType.REPORT, Samples.overfullReport());
    String wrong = v2.replaceFirst("\"PT20M\"", "\"twenty minutes\"");
    JsonFormatException e = readFails(json, DocumentType.REPORT, wrong);
    assertThat(e.getMessage()).contains("/findings/0/arguments/0/value").contains(
        "expected an ISO-8601 duration such as \"PT2M30S\", with a minus sign before it if"
            + " negative, found \"twenty minutes\"");
    String number = v2.replaceFirst("\"type\": \"duration\"", "\"type\": \"count\"");
    assertThat(readFails(json, DocumentType.REPORT, number).getMessage())
        .contains("/findings/0/arguments/0/value")
        .contains("expected a whole number, found the string \"PT20M\"");
    String valueFirst = v2.replaceFirst("\"type\": \"duration\",\n( *)\"value\": \"PT20M\"",
        "\"value\": 20,\n$1\"type\": \"duration\"");
    assertThat(readFails(json, DocumentType.REPORT, valueFirst).getMessage())
        .contains("/findings/0/arguments/0")
        .contains("argument of type duration must have a string as its value, but was the number"
            + " 20");
    String twice = v2.replaceFirst("\"name\": \"hardCeiling\"", "\"name\": \"budget\"");
    assertThat(readFails(json, DocumentType.REPORT, twice).getMessage())
        .contains("argument budget was already set to PT20M");
  }

  @Test
  void refusesContentAfterTheDocument() {
    String text = plan + "{}";
    assertProblem(planFails(text), text, "", "{}",
        "expected the end of the document, found an object");
  }

  @Test
  void refusesAnArrayAsTheDocument() {
    assertProblem(planFails("[]"), "[]", "", "[", "expected an object, found an array");
  }

  @Test
  void refusesEmptyInput() {
    JsonFormatException e = planFails("");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.problem()).isEqualTo("expected an object, found the end of the document");
  }

  @Test
  void refusesTruncatedJsonAtTheDeepestValueReached() {
    String text = plan.substring(0, plan.indexOf("\"PT2M\"") + 3);
    JsonFormatException e = planFails(text);
    assertThat(e.pointer()).isEqualTo("/phases/0/timeBox/target");
    assertThat(e.problem()).startsWith("expected well-formed JSON: Unexpected end-of-input");
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.getCause()).isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void refusesMalformedJson() {
    String text = plan.replace("\"budget\": \"PT20M\",", "\"budget\": \"PT20M\",,");
    JsonFormatException e = planFails(text);
    assertThat(e.pointer()).isEqualTo("/budget");
    assertThat(e.problem()).startsWith(
        "expected well-formed JSON: Unexpected character (',' (code 44)): was expecting double"
            + "-quote to start property name");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(21);
  }

  @Test
  void enforcesTheNestingLimit() {
    TwentyMinuteJson shallow = TwentyMinuteJson.builder().maxNestingDepth(5).build();
    assertThat(shallow.read(DocumentType.PLAN, plan)).isEqualTo(MeetingPlans.twentyMinute());
    JsonFormatException e = readFails(shallow, DocumentType.AGENDA, agenda);
    assertThat(e.pointer()).isEqualTo("/plan/phases/0/cues/0");
    assertThat(e.problem()).isEqualTo("the document exceeds a limit of this reader: Document"
        + " nesting depth (6) exceeds the maximum allowed (5)");
  }

  @Test
  void documentsItsDefaultLimits() {
    TwentyMinuteJson defaults = TwentyMinuteJson.create();
    assertThat(defaults.maxNestingDepth()).isEqualTo(32);
    assertThat(defaults.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(defaults.maxStringLength()).isEqualTo(1024 * 1024);
    assertThat(defaults.prettyPrint()).isTrue();
  }

  @Test
  void enforcesTheDefaultDocumentLengthLimitOnAStream() {
    byte[] big = ("{\"format\": \"twentyminute/plan@2\"," + " ".repeat(17 * 1024 * 1024)
        + "\"name\": \"x\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> json.read(DocumentType.PLAN, new java.io.ByteArrayInputStream(big)));
    assertThat(e.problem()).startsWith("the document exceeds a limit of this reader: Document"
        + " length (");
  }

  @Test
  void enforcesTheDocumentLengthLimit() {
    TwentyMinuteJson small = TwentyMinuteJson.builder().maxDocumentLength(1000).build();
    assertThat(plan.length()).isGreaterThan(1000);
    JsonFormatException e = readFails(small, DocumentType.PLAN, plan);
    assertThat(e.problem()).startsWith("the document exceeds a limit of this reader: Document"
        + " length (");
    assertThat(e.problem()).contains("exceeds the maximum allowed (1000");
  }

  @Test
  void enforcesTheStringLengthLimit() {
    TwentyMinuteJson small = TwentyMinuteJson.builder().maxStringLength(20).build();
    JsonFormatException e = readFails(small, DocumentType.PLAN, plan);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.problem()).startsWith("the document exceeds a limit of this reader: String"
        + " value length (");
  }

  @Test
  void quotesLongAndControlCharactersShortly() {
    String text = plan.replace("\"budget\": \"PT20M\"",
        "\"budget\": \"" + "x".repeat(100) + "\\n\"");
    JsonFormatException e = planFails(text);
    assertThat(e.problem()).isEqualTo("expected an ISO-8601 duration such as \"PT2M30S\", found \""
        + "x".repeat(60) + "...\"");
    String control = plan.replace("\"budget\": \"PT20M\"", "\"budget\": \"P\\u0001\"");
    assertThat(planFails(control).problem()).isEqualTo(
        "expected an ISO-8601 duration such as \"PT2M30S\", found \"P\\u0001\"");
  }

  @Test
  void escapesPointerSegments() {
    String text = plan.replace("\"budget\"", "\"a/b~c\"");
    assertThat(planFails(text).pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void reportsAnEventTheSessionRefusesAtThatEvent() {
    String text = compact.write(DocumentType.SESSION, Samples.session())
        .replace("{\"type\":\"item-covered\",\"at\":\"2026-03-10T15:06:40Z\"",
            "{\"type\":\"item-covered\",\"at\":\"2026-03-10T14:06:40Z\"");
    assertProblem(readFails(json, DocumentType.SESSION, text), text, "/events/7",
        "{\"type\":\"item-covered\",\"at\":\"2026-03-10T14:06:40Z\"",
        "the session refuses event 7: event ItemCovered o1 at 2026-03-10T14:06:40Z is before the"
            + " previous event (PhaseEntered overview at 2026-03-10T15:03:35Z); time cannot go"
            + " backwards. Maybe record a ClockCorrected event to re-time an earlier event");
  }

  @Test
  void refusesAnEventWithAFieldOfAnotherType() {
    String text = compact.write(DocumentType.SESSION, Samples.session())
        .replace("{\"type\":\"paused\",\"at\":\"2026-03-10T15:10:00Z\"}",
            "{\"type\":\"paused\",\"at\":\"2026-03-10T15:10:00Z\",\"item\":\"q2\"}");
    assertProblem(readFails(json, DocumentType.SESSION, text), text, "/events/10",
        "{\"type\":\"paused\"", "field \"item\" does not belong to an event of type"
            + " \"paused\"; expected the fields type, at");
  }

  @Test
  void refusesAnEventMissingAFieldOfItsType() {
    String text = compact.write(DocumentType.SESSION, Samples.session())
        .replace(",\"correctedTo\":\"2026-03-10T15:19:30Z\"", "");
    assertProblem(readFails(json, DocumentType.SESSION, text), text, "/events/24",
        "{\"type\":\"clock-corrected\"", "missing required field \"correctedTo\" for an event"
            + " of type \"clock-corrected\"; expected the fields type, at, event, correctedTo");
  }

  @Test
  void reportsAFollowUpCompletionOfAnUnknownTaskAtTheFollowUp() {
    String text = compact.write(DocumentType.FOLLOW_UP, Samples.followUp())
        .replace("\"task\":\"thank-you-note\"", "\"task\":\"thank-you-card\"");
    JsonFormatException e = readFails(json, DocumentType.FOLLOW_UP, text);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.problem()).startsWith("follow-up has no task thank-you-card to mark done; its"
        + " tasks are [thank-you-note, ");
  }

  @Test
  void reportsAReferralWithoutAPersonAtTheCommitment() {
    String text = compact.write(DocumentType.FOLLOW_UP, Samples.followUp());
    int person = text.indexOf(",\"person\":");
    int after = text.indexOf("\"notes\":[]}", person) + "\"notes\":[]}".length();
    String cut = text.substring(0, person) + text.substring(after);
    assertProblem(readFails(json, DocumentType.FOLLOW_UP, cut), cut, "/commitments/1",
        "{\"id\":\"priya\"", "commitment priya is a REFERRAL but names no person; set"
            + " person(..) to the name given");
  }

  @Test
  void reportsAnInsightDrawnByAnUnknownItemAtTheRecord() {
    String text = compact.write(DocumentType.MEETING_RECORD, Samples.record())
        .replace("\"tags\":[\"hiring\"],\"item\":\"q3\"",
            "\"tags\":[\"hiring\"],\"item\":\"q9\"");
    assertProblem(readFails(json, DocumentType.MEETING_RECORD, text), text, "", "{",
        "meeting record dana-reyes-2026-03-10 insight 1 is drawn by agenda item q9, which the"
            + " agenda does not have; its items are [i1, i2, i3, o1, q1, q2, q3, q4, q5, q6, e1,"
            + " e2, e3]");
  }

  @Test
  void reportsARefusedEventOfARecordsSessionAtThatEvent() {
    String text = compact.write(DocumentType.MEETING_RECORD, Samples.record())
        .replace("\"at\":\"2026-03-10T15:02:00Z\",\"item\":\"i1\"}",
            "\"at\":\"2026-03-10T15:02:00Z\",\"item\":\"x1\"}");
    JsonFormatException e = readFails(json, DocumentType.MEETING_RECORD, text);
    assertThat(e.pointer()).isEqualTo("/session/events/2");
    assertThat(e.problem()).startsWith("the session refuses event 2: ");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(text.indexOf("{\"type\":\"item-covered\",\"at\":"
        + "\"2026-03-10T15:02:00Z\"") + 1);
  }

  @Test
  void refusesANegativeRecordRevision() {
    String text = compact.write(DocumentType.MEETING_RECORD, Samples.record())
        .replace("\"format\":\"twentyminute/meeting-record@2\"",
            "\"format\":\"twentyminute/meeting-record@1\",\"revision\":-3");
    assertProblem(readFails(json, DocumentType.MEETING_RECORD, text), text, "/revision", "-3",
        "expected a revision of 0 or more, found -3");
  }
}
