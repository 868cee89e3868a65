package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.MeetingRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingRecordGeneratorTests {
  private final MeetingRecordGenerator generator = MeetingRecordGenerator.standard();

  @Test
  void sameNumbersGiveEqualRecords() {
    assertThat(generator.records(Randomness.seeded(7), 40))
        .isEqualTo(generator.records(Randomness.seeded(7), 40));
    assertThat(generator.records(Randomness.seeded(7), 40))
        .isNotEqualTo(generator.records(Randomness.seeded(8), 40));
  }

  @Test
  void recordsHaveDistinctIdsInOrder() {
    List<MeetingRecord> records = generator.records(Randomness.seeded(1), 5);

    assertThat(records).extracting(MeetingRecord::id).containsExactly("m1", "m2", "m3", "m4",
        "m5");
    assertThat(Journal.of(records).size()).isEqualTo(5);
  }

  @Test
  void coversEverySessionStateOutcomeAndReferralSpelling() {
    List<MeetingRecord> records = generator.records(Randomness.seeded(42), 400);

    assertThat(records).anyMatch(r -> r.session().isEmpty());
    assertThat(records).anyMatch(r -> r.session().isPresent() && r.timeline().isEmpty());
    assertThat(records).anyMatch(r -> r.timeline().isPresent());
    assertThat(records).anyMatch(r -> r.timeline().map(t -> t.paused().getSeconds() > 0)
        .orElse(false));
    assertThat(records).anyMatch(r -> r.timeline().map(t -> !t.withinBudget()).orElse(false));
    Set<Evangelist> outcomes = records.stream().map(MeetingRecord::evangelist)
        .collect(Collectors.toSet());
    assertThat(outcomes).containsExactlyInAnyOrder(Evangelist.values());
    Set<CommitmentKind> kinds = new HashSet<>();
    records.forEach(r -> r.followUp().commitments().forEach(c -> kinds.add(c.kind())));
    assertThat(kinds).containsExactlyInAnyOrder(CommitmentKind.values());
    Set<String> names = records.stream().flatMap(r -> r.namesReceived().stream())
        .map(c -> c.name()).collect(Collectors.toSet());
    assertThat(names).contains("lee park", " Lee  Park ", "Lee Park");
    assertThat(records).anyMatch(r -> r.insights().stream().anyMatch(i -> i.itemId().isPresent()));
    assertThat(records).anyMatch(r -> !r.agenda().counterpart().notes().equals(
        SampleMeeting.counterpart().notes()));
  }

  @Test
  void theSimplestRecordHasNoSessionCommitmentsOrInsights() {
    MeetingRecord simplest = generator.record(Randomness.simplest(), "m1");

    assertThat(simplest.session()).isEmpty();
    assertThat(simplest.followUp().commitments()).isEmpty();
    assertThat(simplest.followUp().completions()).isEmpty();
    assertThat(simplest.insights()).isEmpty();
    assertThat(simplest.meetingEnd()).isEqualTo(MeetingRecordGenerator.EPOCH.plusSeconds(1200));
    assertThat(simplest.counterpart().name()).isEqualTo("Dana Reyes");
  }

  @Test
  void theHighestDrawsGiveAFullRecord() {
    Randomness highest = (min, max) -> max;

    MeetingRecord record = generator.record(highest, "m9");

    Instant start = MeetingRecordGenerator.EPOCH.plus(Duration.ofDays(365));
    assertThat(record.agenda().scheduledStart()).contains(start);
    assertThat(record.counterpart().name()).isEqualTo(generator.name(7));
    assertThat(record.evangelist()).isEqualTo(Evangelist.values()[Evangelist.values().length - 1]);
    MeetingSession session = record.session().orElseThrow();
    List<SessionEvent> events = session.events();
    assertThat(events.get(0)).isEqualTo(SessionEvent.started(start.plusSeconds(180)));
    assertThat(session.startedAt()).contains(start.plusSeconds(60));
    assertThat(events.stream().filter(e -> e instanceof SessionEvent.Paused).count()).isEqualTo(1);
    assertThat(events.stream().filter(e -> e instanceof SessionEvent.ItemSkipped)).isEmpty();
    long seconds = 180 + 3 * 20 + 300 + 60;
    for (AgendaItem item : record.agenda().items()) {
      assertThat(session.isItemDone(item.id())).isTrue();
      seconds += item.planned().getSeconds() * 150 / 100;
    }
    Instant end = start.plusSeconds(seconds);
    assertThat(session.endedAt()).contains(end);
    assertThat(record.meetingEnd()).isEqualTo(end);
    assertThat(record.followUp().counterpart()).contains(record.agenda().counterpart());
    assertThat(record.followUp().commitments()).extracting(c -> c.id())
        .containsExactly("c1", "c2", "c3", "c4");
    assertThat(record.followUp().completions()).hasSize(record.followUp().tasks().size())
        .allSatisfy(c -> assertThat(c.doneAt())
            .isEqualTo(end.plus(Duration.ofDays(120))));
    String lastItem = record.agenda().items().get(record.agenda().items().size() - 1).id();
    assertThat(record.insights()).hasSize(3).allSatisfy(insight -> {
      assertThat(insight.tags()).containsExactly("tools");
      assertThat(insight.itemId()).contains(lastItem);
    });
  }

  @Test
  void acceptsTheSmallestSettingsAndCounts() {
    MeetingRecordGenerator one = generator.withPeople(1).withMaxCommitments(0);

    assertThat(one.people()).isEqualTo(1);
    assertThat(one.maxCommitments()).isZero();
    assertThat(one.records(Randomness.seeded(5), 0)).isEmpty();
    assertThat(one.records(Randomness.seeded(5), 2)).extracting(MeetingRecord::id)
        .containsExactly("m1", "m2");
  }

  @Test
  void drawsCounterpartsFromTheGivenNumberOfPeople() {
    MeetingRecordGenerator many = generator.withPeople(1000).withMaxCommitments(2);
    List<MeetingRecord> records = many.records(Randomness.seeded(3), 300);

    assertThat(many.people()).isEqualTo(1000);
    assertThat(many.maxCommitments()).isEqualTo(2);
    assertThat(many.name(0)).isEqualTo("Dana Reyes");
    assertThat(many.name(8)).isEqualTo("Contact 9");
    assertThat(records.stream().map(r -> r.counterpart().name()).distinct().count())
        .isGreaterThan(200);
    assertThat(records).allMatch(r -> r.followUp().commitments().size() <= 2);
  }

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> generator.withPeople(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("people must be at least 1, but was 0");
    assertThatThrownBy(() -> generator.withMaxCommitments(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max commitments must be zero or positive, but was -1");
    assertThatThrownBy(() -> generator.name(8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person index must be 0 to 7, but was 8");
    assertThatThrownBy(() -> generator.records(Randomness.seeded(1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be zero or positive, but was -1");
  }

  @Test
  void anInsightCarriesAsManyTagsAsDrawn() {
    // The highest draws, except that picks from the ten tags (and every other 0..9 draw) count
    // up, so the three tags of each insight differ; eight 0..9 draws come before the insights.
    int[] upTo9 = {0};
    Randomness distinctTags = (min, max) -> max == 9 ? upTo9[0]++ % 10 : max;

    MeetingRecord record = generator.record(distinctTags, "m3");

    assertThat(record.insights()).extracting(insight -> List.copyOf(insight.tags()))
        .containsExactly(
            List.of("mentoring", "sql", "tools"),
            List.of("domain-knowledge", "hiring", "skills"),
            List.of("data-quality", "interviews", "storytelling"));
  }
}
