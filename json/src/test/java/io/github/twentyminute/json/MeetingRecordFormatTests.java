package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The meeting record document keeps each fact once from version 2: no revision, no second
 * counterpart in the follow-up, no policy in the agenda's plan. Version 1 still reads; its
 * copies must agree with the facts they copy.
 */
class MeetingRecordFormatTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.create();
  private final String current = Golden.read("meeting-record-sample.json");
  private final String v1 = Golden.read("meeting-record-sample-v1.json");

  private JsonFormatException fails(String text) {
    return catchThrowableOfType(JsonFormatException.class,
        () -> json.read(DocumentType.MEETING_RECORD, text));
  }

  @Test
  void readsBothVersionsToTheSameRecord() {
    assertThat(json.read(DocumentType.MEETING_RECORD, v1))
        .isEqualTo(json.read(DocumentType.MEETING_RECORD, current))
        .isEqualTo(Samples.record());
  }

  @Test
  void refusesARevisionFromVersionTwo() {
    JsonFormatException e = fails(current.replace("\"id\": \"dana-reyes-2026-03-10\",",
        "\"id\": \"dana-reyes-2026-03-10\", \"revision\": 3,"));
    assertThat(e).isInstanceOf(BadValueException.class);
    assertThat(e.pointer()).isEqualTo("/revision");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void refusesACounterpartInTheFollowUpFromVersionTwo() {
    String contact = "\"followUp\": {\n    \"counterpart\": {\"name\": \"Dana Reyes\","
        + " \"role\": \"x\", \"organisation\": \"y\", \"notes\": []},";
    JsonFormatException e = fails(current.replace("\"followUp\": {", contact));
    assertThat(e).isInstanceOf(BadValueException.class);
    assertThat(e.pointer()).isEqualTo("/followUp/counterpart");
  }

  @Test
  void refusesAPolicyInTheAgendasPlanFromVersionTwo() {
    JsonFormatException missing = fails(v1.replace("\"format\": \"twentyminute/meeting-record@1\"",
        "\"format\": \"twentyminute/meeting-record@2\"").replaceFirst("(?m)^  \"revision\": 3,\n",
        ""));
    assertThat(missing.pointer()).startsWith("/agenda/plan");
  }

  @Test
  void refusesAVersionOneRecordWithoutItsRevision() {
    JsonFormatException e = fails(v1.replaceFirst("(?m)^  \"revision\": 3,\n", ""));
    assertThat(e.pointer()).isEmpty();
    assertThat(e.problem()).contains("\"revision\"");
  }

  @Test
  void refusesAVersionOneRecordWhoseTwoPoliciesDisagree() {
    int plan = v1.indexOf("\"followUpPolicy\"");
    int weight = v1.indexOf("\"weight\": 3", plan);
    String text = v1.substring(0, weight) + "\"weight\": 4" + v1.substring(weight + 11);
    JsonFormatException e = fails(text);
    assertThat(e).isInstanceOf(BadValueException.class);
    assertThat(e.pointer()).isEqualTo("/agenda/plan/followUpPolicy");
  }

  @Test
  void refusesAVersionOneRecordWhoseTwoCounterpartsDisagree() {
    int followUp = v1.indexOf("\"followUp\"");
    int name = v1.indexOf("\"name\": \"Dana Reyes\"", followUp);
    String text = v1.substring(0, name) + "\"name\": \"Kim Osei\""
        + v1.substring(name + "\"name\": \"Dana Reyes\"".length());
    JsonFormatException e = fails(text);
    assertThat(e).isInstanceOf(BadValueException.class);
    assertThat(e.found()).contains("Kim Osei");
  }
}
