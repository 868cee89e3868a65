package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twentyminute.plan.MeetingPlans;
import org.junit.jupiter.api.Test;

/**
 * One document for each kind of read error, asserting its type and its fields: pointer, line,
 * column, what was expected and what was found. The wording of each problem is asserted in
 * {@link BadInputTests}.
 */
class TypedErrorTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.builder().prettyPrint(false).build();
  private final String plan = json.write(DocumentType.PLAN, MeetingPlans.twentyMinute());

  private <E extends JsonFormatException> E fails(Class<E> type, String text) {
    E e = catchThrowableOfType(type, () -> json.read(DocumentType.PLAN, text));
    assertThat(e).as("reading should fail with a " + type.getSimpleName()).isNotNull();
    return e;
  }

  private int columnOf(String text, String snippet) {
    int at = text.indexOf(snippet);
    assertThat(at).as(snippet).isNotNegative();
    return at + 1;
  }

  @Test
  void aDocumentThatIsNotJsonIsMalformed() {
    MalformedJsonException e = fails(MalformedJsonException.class, "{\"name\": }");

    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.expected()).isEqualTo("well-formed JSON");
    assertThat(e.found()).startsWith("Unexpected character ('}'");
  }

  @Test
  void aNumberWhereAStringBelongsIsOfTheWrongType() {
    String text = plan.replace("\"name\":\"The 20-minute networking meeting\"", "\"name\":20");
    WrongTypeException e = fails(WrongTypeException.class, text);

    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(columnOf(text, "20,"));
    assertThat(e.expected()).isEqualTo("a string");
    assertThat(e.found()).isEqualTo("the number 20");
  }

  @Test
  void aPlanWithoutItsBudgetMissesAField() {
    String text = plan.replaceFirst("\"budget\":\"PT20M\",", "");
    MissingFieldException e = fails(MissingFieldException.class, text);

    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("budget");
    assertThat(e.expectedFields()).contains("name", "budget", "hardCeiling", "phases");
    assertThat(e.expected()).startsWith("the fields ").contains("budget");
    assertThat(e.found()).isEqualTo("no field \"budget\"");
  }

  @Test
  void aFieldThePlanDoesNotHaveIsUnknown() {
    String text = plan.replaceFirst("\"budget\":", "\"budgte\":");
    UnknownFieldException e = fails(UnknownFieldException.class, text);

    assertThat(e.pointer()).isEqualTo("/budgte");
    assertThat(e.column()).isEqualTo(columnOf(text, "\"budgte\""));
    assertThat(e.field()).isEqualTo("budgte");
    assertThat(e.expectedFields()).contains("budget");
    assertThat(e.expected()).startsWith("one of the fields ");
    assertThat(e.found()).isEqualTo("field \"budgte\"");
  }

  @Test
  void aFieldGivenTwiceIsRepeated() {
    String text = plan.replaceFirst("\"budget\":\"PT20M\",",
        "\"budget\":\"PT20M\",\"budget\":\"PT20M\",");
    RepeatedFieldException e = fails(RepeatedFieldException.class, text);

    assertThat(e.pointer()).isEqualTo("/budget");
    assertThat(e.column()).isEqualTo(columnOf(text, "\"budget\":\"PT20M\",\"budget\"") + 17);
    assertThat(e.field()).isEqualTo("budget");
    assertThat(e.expectedFields()).contains("name", "budget", "hardCeiling", "phases");
    assertThat(e.expected()).isEqualTo("each field once");
    assertThat(e.found()).isEqualTo("field \"budget\" again");
  }

  @Test
  void aVersionThisLibraryDoesNotReadIsAnUnsupportedFormat() {
    String text = plan.replace(DocumentType.PLAN.format(), "twentyminute/plan@99");
    UnsupportedFormatException e = fails(UnsupportedFormatException.class, text);

    assertThat(e.pointer()).isEqualTo("/format");
    assertThat(e.column()).isEqualTo(columnOf(text, "\"twentyminute/plan@99\""));
    assertThat(e.format()).isEqualTo("twentyminute/plan@99");
    assertThat(e.expected()).isEqualTo("format \"" + DocumentType.PLAN.format() + "\"");
    assertThat(e.found()).isEqualTo("\"twentyminute/plan@99\"");
  }

  @Test
  void anAgendaFormatWhereAPlanBelongsIsAnUnsupportedFormat() {
    String text = plan.replace(DocumentType.PLAN.format(), DocumentType.AGENDA.format());
    UnsupportedFormatException e = fails(UnsupportedFormatException.class, text);

    assertThat(e.format()).isEqualTo(DocumentType.AGENDA.format());
    assertThat(e.expected()).isEqualTo("format \"" + DocumentType.PLAN.format() + "\"");
  }

  @Test
  void aNegativeDurationIsABadValue() {
    String text = plan.replaceFirst("\"budget\":\"PT20M\"", "\"budget\":\"PT-20M\"");
    BadValueException e = fails(BadValueException.class, text);

    assertThat(e.pointer()).isEqualTo("/budget");
    assertThat(e.column()).isEqualTo(columnOf(text, "\"PT-20M\""));
    assertThat(e.expected()).isEqualTo("a duration of zero or more");
    assertThat(e.found()).isEqualTo("\"PT-20M\"");
  }

  @Test
  void aBrokenInvariantOfTheCoreIsABadValueAtTheObject() {
    String box = "\"timeBox\":{\"min\":\"PT1M\",\"target\":\"PT2M\",\"max\":\"PT2M\"}";
    String text = plan.replace(box, box.replace("PT1M", "PT3M"));
    BadValueException e = fails(BadValueException.class, text);

    assertThat(e.pointer()).isEqualTo("/phases/0/timeBox");
    assertThat(e.column()).isEqualTo(columnOf(text, box.replace("PT1M", "PT3M")) + 10);
    assertThat(e.expected()).isEqualTo("a value the core type accepts");
    assertThat(e.found()).isEqualTo(e.problem()).contains("time box");
  }
}
