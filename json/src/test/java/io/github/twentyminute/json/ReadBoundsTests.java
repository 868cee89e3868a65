package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranges a document may hold are the ranges the library writes: each bound read at its value
 * and refused one past it, with a typed error that names the bound, and values that would make a
 * derived value overflow refused while reading rather than failing later.
 */
class ReadBoundsTests {
  private final TwentyMinuteJson json = TwentyMinuteJson.create();

  private static <T> BadValueException badValue(DocumentType<T> type, String text) {
    BadValueException e = catchThrowableOfType(BadValueException.class,
        () -> TwentyMinuteJson.create().read(type, text));
    assertThat(e).as("reading should fail with a bad value").isNotNull();
    return Objects.requireNonNull(e);
  }

  @Test
  void refusesAReportBackMaximumOfMoreDaysThanTheWriterCanExpress() {
    String text = Golden.read("followup-sample.json")
        .replaceFirst("\"maximum\": \"PT72H\"", "\"maximum\": \"P99999999999999D\"");
    BadValueException e = badValue(DocumentType.FOLLOW_UP, text);
    assertThat(e.pointer()).endsWith("/maximum");
    assertThat(e.expected()).contains(IsoText.MAX_DURATION.toString());
    assertThat(e.found()).contains("P99999999999999D");
  }

  @Test
  void readsTheLongestDurationBackEqual() {
    String text = Golden.read("followup-sample.json")
        .replaceFirst("\"maximum\": \"PT72H\"", "\"maximum\": \"P36525D\"");
    FollowUp read = json.read(DocumentType.FOLLOW_UP, text);
    String written = json.write(DocumentType.FOLLOW_UP, read);
    assertThat(written).contains("\"" + IsoText.MAX_DURATION + "\"");
    assertThat(json.read(DocumentType.FOLLOW_UP, written)).isEqualTo(read);
  }

  @Test
  void refusesADurationOneNanosecondPastTheLongest() {
    String longest = IsoText.MAX_DURATION.toString().replace("H", "H0.000000001S");
    String text = Golden.read("followup-sample.json")
        .replaceFirst("\"maximum\": \"PT72H\"", "\"maximum\": \"" + longest + "\"");
    assertThat(badValue(DocumentType.FOLLOW_UP, text).pointer()).endsWith("/maximum");
  }

  @Test
  void refusesAFollowUpWindowWhoseDeadlineWouldLeaveTheInstantRange() {
    String text = Golden.read("followup-sample.json")
        .replaceFirst("\"maximum\": \"PT72H\"", "\"maximum\": \"PT999999999999999H\"");
    assertThat(badValue(DocumentType.FOLLOW_UP, text).pointer()).endsWith("/maximum");
  }

  @Test
  void refusesItemsWhosePlannedTimesWouldOverflowTheirSum() {
    String text = Golden.read("agenda-sample.json")
        .replace("\"planned\": \"PT30S\"", "\"planned\": \"P99999999999999D\"");
    BadValueException e = badValue(DocumentType.AGENDA, text);
    assertThat(e.pointer()).matches("/items/\\d+/planned");
  }

  @Test
  void coreAcceptsTheLongestDurationTheReaderAcceptsAndNotOneMore() {
    AgendaItem.Builder item = AgendaItem.builder().id("q").phase(PhaseId.of("discussion"))
        .kind(ItemKind.QUESTION).text("What changed?").priority(1);
    assertThat(item.planned(IsoText.MAX_DURATION).build().planned())
        .isEqualTo(IsoText.MAX_DURATION);
    assertThatThrownBy(() -> item.planned(IsoText.MAX_DURATION.plusNanos(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coreAcceptsTheInstantsTheReaderAcceptsAndNoneBeyond() {
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
    Instant first = Instant.parse("0000-01-01T00:00:00Z");
    assertThat(FollowUp.after(last).meetingEnd()).isEqualTo(last);
    assertThat(FollowUp.after(first).meetingEnd()).isEqualTo(first);
    assertThatThrownBy(() -> FollowUp.after(last.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUp.after(first.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheLastInstantBackEqual() {
    String text = Golden.read("agenda-sample.json");
    Agenda agenda = json.read(DocumentType.AGENDA, text);
    Agenda late = Agenda.builder().from(agenda)
        .scheduledStart(Instant.parse("9999-12-31T23:59:59.999999999Z")).build();
    assertThat(json.read(DocumentType.AGENDA, json.write(DocumentType.AGENDA, late)))
        .isEqualTo(late);
  }

  @Test
  void moduleRefusesTheDocumentNull() {
    JsonMapper mapper = JsonMapper.builder().addModule(new TwentyMinuteModule()).build();
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue("null", MeetingSession.class));
    assertThat(e).isNotNull();
    assertThat(Objects.requireNonNull(e).getCause()).isInstanceOf(WrongTypeException.class);
    WrongTypeException cause = (WrongTypeException) e.getCause();
    assertThat(cause.found()).isEqualTo("null");
    assertThat(cause.pointer()).isEmpty();
  }

  @Test
  void moduleRefusesANullWhereAnAgendaBelongsInsideAnApplicationValue() {
    JsonMapper mapper = JsonMapper.builder().addModule(new TwentyMinuteModule()).build();
    assertThatThrownBy(() -> mapper.readValue("[null]", new TypeReference<List<Agenda>>() {}))
        .isInstanceOf(DatabindException.class)
        .hasRootCauseInstanceOf(WrongTypeException.class);
  }

  @Test
  void reportsBytesThatAreNotTextInTheDetectedEncodingAsMalformedJson() {
    byte[] utf32 = {0, 0, 0, 7, '"', 'f', 'o', 'r', 'm', 'a', 't', '"'};
    assertThatThrownBy(() -> json.read(DocumentType.SESSION, new ByteArrayInputStream(utf32)))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void reportsBytesInAnUnsupportedByteOrderAsMalformedJson() {
    byte[] ucs4 = {0, 0, (byte) 0xff, (byte) 0xfe, 0, 0, 0, '{'};
    assertThatThrownBy(() -> json.read(DocumentType.SESSION, new ByteArrayInputStream(ucs4)))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void stillReportsAFailingStreamAsAnIoFailure() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> json.read(DocumentType.SESSION, failing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void quotesOnlyABoundedExcerptOfALongValueTheCoreRefuses() {
    String text = Golden.read("session-sample.json")
        .replaceFirst("\"item\": \"[^\"]*\"", "\"item\": \"" + "x".repeat(200_000) + "\"");
    BadValueException e = badValue(DocumentType.SESSION, text);
    assertThat(e.pointer()).matches("/events/\\d+");
    assertThat(e.getMessage()).hasSizeLessThan(ReadPathFuzzTests.MAX_MESSAGE);
    assertThat(e.found()).hasSizeLessThanOrEqualTo(StrictReader.MAX_PROBLEM);
  }

  @Test
  void keepsAShortProblemWholeAndALongOneAtItsEnds() {
    assertThat(StrictReader.bounded("short")).isEqualTo("short");
    String longer = "a".repeat(1000) + "END";
    String bounded = StrictReader.bounded(longer);
    assertThat(bounded).hasSizeLessThanOrEqualTo(StrictReader.MAX_PROBLEM).endsWith("END")
        .contains("characters left out");
  }

  @Test
  void readsBackAReportedInstantBeyondTheYear9999() {
    Instant late = Instant.parse("+10050-01-01T00:00:00Z");
    io.github.twentyminute.rules.ValidationReport report =
        io.github.twentyminute.rules.ValidationReport.of(List.of("custom.rule"), List.of(
            io.github.twentyminute.findings.Finding.of("custom.rule",
                io.github.twentyminute.findings.Location.root(),
                io.github.twentyminute.findings.Arguments.builder().instant("due", late)
                    .build()).withSeverity(io.github.twentyminute.findings.Severity.WARNING)));
    String written = json.write(DocumentType.REPORT, report);
    assertThat(written).contains("+10050-01-01T00:00:00Z");
    assertThat(json.read(DocumentType.REPORT, written)).isEqualTo(report);
  }
}
