package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips for every document type: writing a generated value and reading it back gives an
 * equal value, in both layouts, and writing is a fixed point (write, read, write gives the same
 * text).
 */
class DocumentProperties {
  private static final TwentyMinuteJson PRETTY = TwentyMinuteJson.create();
  private static final TwentyMinuteJson COMPACT =
      TwentyMinuteJson.builder().prettyPrint(false).build();

  private static <T> void roundTrips(DocumentType<T> type, Gen<T> values) {
    qt().withExamples(300).forAll(values).checkAssert(value -> {
      for (TwentyMinuteJson json : new TwentyMinuteJson[] {PRETTY, COMPACT}) {
        String text = json.write(type, value);
        T back = json.read(type, text);
        assertThat(back).isEqualTo(value);
        assertThat(json.write(type, back)).isEqualTo(text);
      }
    });
  }

  private static <T> Gen<T> gen(Function<io.github.twentyminute.testing.Randomness, T> g) {
    return JsonGen.of(g);
  }

  @Test
  void everyPlanRoundTrips() {
    Gen<MeetingPlan> plans = gen(JsonGen::plan);
    roundTrips(DocumentType.PLAN, plans);
  }

  @Test
  void everyAgendaRoundTrips() {
    Gen<Agenda> agendas = gen(JsonGen::agenda);
    roundTrips(DocumentType.AGENDA, agendas);
  }

  @Test
  void everySessionRoundTrips() {
    Gen<MeetingSession> sessions = gen(JsonGen::session);
    roundTrips(DocumentType.SESSION, sessions);
  }

  @Test
  void everyFollowUpRoundTrips() {
    Gen<FollowUp> followUps = gen(JsonGen::followUp);
    roundTrips(DocumentType.FOLLOW_UP, followUps);
  }

  @Test
  void everyMeetingRecordRoundTrips() {
    Gen<MeetingRecord> records = gen(JsonGen::record);
    roundTrips(DocumentType.MEETING_RECORD, records);
  }

  @Test
  void everyReportRoundTrips() {
    Gen<ValidationReport> reports = gen(JsonGen::report);
    roundTrips(DocumentType.REPORT, reports);
  }
}
