package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.FollowUpTask;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.followup.ScoringPolicy;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JournalProperties {
  private static final int EXAMPLES = 150;
  /** Bounds the search for a smaller failing journal: summarising one is not free. */
  private static final int SHRINKS = 200;

  @Test
  void summaryDoesNotDependOnRecordOrder() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      JournalSummary inOrder = Journal.of(c.records).summary(c.asOf);
      JournalSummary reordered = Journal.of(c.shuffled).summary(c.asOf);
      assertThat(reordered).isEqualTo(inOrder);
      assertThat(reordered.summary()).isEqualTo(inOrder.summary());
    });
  }

  @Test
  void summaryBuiltByAddingOneAtATimeEqualsTheOneBuiltAtOnce() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      Journal added = Journal.empty();
      for (MeetingRecord record : c.shuffled) {
        added = added.add(record);
      }
      assertThat(added.summary(c.asOf)).isEqualTo(Journal.of(c.records).summary(c.asOf));
    });
  }

  @Test
  void addingARecordNeverRemovesAnEarlierInsight() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      JournalSummary before = Journal.of(c.records).summary(c.asOf);
      JournalSummary after = Journal.of(c.records).add(c.extra).summary(c.asOf);
      assertThat(heard(after)).containsAll(heard(before));
      for (TagTally tally : before.tags()) {
        TagTally later = after.tag(tally.tag()).orElseThrow();
        assertThat(later.distinctPeople()).isGreaterThanOrEqualTo(tally.distinctPeople());
        assertThat(later.mentions().size()).isGreaterThanOrEqualTo(tally.mentions().size());
      }
      assertThat(after.recurringInsights().stream().map(TagTally::tag))
          .containsAll(before.recurringInsights().stream().map(TagTally::tag).toList());
    });
  }

  @Test
  void everyInsightOfAMeetingEndedByTheInstantIsHeard() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      Set<String> expected = new HashSet<>();
      for (MeetingRecord record : c.records) {
        if (!record.meetingEnd().isAfter(c.asOf)) {
          for (Insight insight : record.insights()) {
            if (insight.tags().isEmpty()) {
              expected.add(record.id() + " " + insight);
            }
            for (String tag : insight.tags()) {
              expected.add(tag + " " + record.id() + " " + insight);
            }
          }
        }
      }
      assertThat(heard(Journal.of(c.records).summary(c.asOf)))
          .containsExactlyInAnyOrderElementsOf(expected);
    });
  }

  @Test
  void touchpointsCountFromTheLatestInteractionWithEachPerson() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      Map<String, Instant> latest = new HashMap<>();
      for (MeetingRecord record : c.records) {
        if (record.meetingEnd().isAfter(c.asOf)) {
          continue;
        }
        String key = Journal.personKey(record.counterpart().name());
        latest.merge(key, record.meetingEnd(), JournalProperties::later);
        FollowUp followUp = record.followUp();
        for (TaskCompletion done : followUp.completions()) {
          FollowUpTask task = followUp.task(done.taskId()).orElseThrow();
          if (!done.doneAt().isAfter(c.asOf) && task.kind() != FollowUpKind.CONTACT_REFERRAL) {
            latest.merge(key, done.doneAt(), JournalProperties::later);
          }
        }
      }
      JournalSummary summary = Journal.of(c.records).summary(c.asOf);
      assertThat(summary.touchpoints()).hasSize(latest.size());
      for (Touchpoint touchpoint : summary.touchpoints()) {
        Instant last = latest.get(Journal.personKey(touchpoint.person().name()));
        assertThat(touchpoint.latestInteraction()).isEqualTo(last);
        assertThat(touchpoint.idealDue()).isEqualTo(last.plus(touchpoint.window().ideal()));
        assertThat(touchpoint.maximumDue()).isEqualTo(last.plus(touchpoint.window().maximum()));
        assertThat(touchpoint.status())
            .isEqualTo(Touchpoint.statusAt(last, touchpoint.window(), c.asOf));
      }
      List<Touchpoint> touchpoints = summary.touchpoints();
      for (int i = 1; i < touchpoints.size(); i++) {
        Touchpoint a = touchpoints.get(i - 1);
        Touchpoint b = touchpoints.get(i);
        assertThat(a.status().compareTo(b.status()) < 0
            || (a.status() == b.status() && !a.deadline().isAfter(b.deadline()))).isTrue();
      }
    });
  }

  @Test
  void aLaterMeetingWithSomeoneRestartsTheirTouchpoint() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      JournalSummary before = Journal.of(c.records).summary(c.asOf);
      for (Touchpoint touchpoint : before.touchpoints()) {
        // A meeting ending at the instant, later than every interaction with them so far.
        Instant end = c.asOf;
        if (!end.isAfter(touchpoint.latestInteraction())) {
          continue;
        }
        JournalSummary after = Journal.of(c.records)
            .add(meetingWith(touchpoint.person().name(), end)).summary(c.asOf);
        Touchpoint restarted = after.touchpoint(touchpoint.person().name()).orElseThrow();
        FollowUpWindow window = restarted.window();
        assertThat(restarted.latestInteraction()).isEqualTo(end);
        assertThat(restarted.recordId()).isEqualTo("again");
        assertThat(restarted.idealDue()).isEqualTo(end.plus(window.ideal()));
        assertThat(restarted.maximumDue()).isEqualTo(end.plus(window.maximum()));
      }
    });
  }

  @Test
  void aTaskDoneLaterRestartsTheTouchpointButContactingTheirReferralDoesNot() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      MeetingRecord extra = c.extra;
      Instant asOf = extra.meetingEnd().plus(Duration.ofDays(200));
      Journal base = Journal.of(extra);
      Touchpoint before = base.summary(asOf).touchpoints().get(0);
      Instant doneAt = before.latestInteraction().plus(Duration.ofDays(30));
      for (FollowUpTask task : extra.followUp().tasks()) {
        if (extra.followUp().completion(task.id()).isPresent()) {
          continue;
        }
        MeetingRecord done = MeetingRecord.builder().from(extra)
            .followUp(extra.followUp().markDone(task.id(), doneAt)).build();
        Touchpoint after = Journal.of(done).summary(asOf).touchpoints().get(0);
        if (task.kind() == FollowUpKind.CONTACT_REFERRAL) {
          assertThat(after).isEqualTo(before);
        } else {
          assertThat(after.latestInteraction()).isEqualTo(doneAt);
          assertThat(after.taskId()).contains(task.id());
          assertThat(after.idealDue()).isEqualTo(doneAt.plus(after.window().ideal()));
        }
      }
    });
  }

  @Test
  void scoreTrendHasOneMeetingEndedByTheInstantEachInTimeOrder() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      JournalSummary summary = Journal.of(c.records).summary(c.asOf);
      long ended = c.records.stream().filter(r -> !r.meetingEnd().isAfter(c.asOf)).count();
      assertThat(summary.scoreTrend()).hasSize((int) ended);
      assertThat(summary.meetings()).isEqualTo((int) ended);
      for (int i = 1; i < summary.scoreTrend().size(); i++) {
        assertThat(summary.scoreTrend().get(i).meetingEnd())
            .isAfterOrEqualTo(summary.scoreTrend().get(i - 1).meetingEnd());
      }
      assertThat(summary.scoreTrend()).allMatch(p -> p.score() >= 0 && p.score() <= 100);
    });
  }

  @Test
  void scoreTrendGivesEachMeetingTheScorersTotal() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases(),
        integers().between(0, 100), integers().between(0, 100)).checkAssert((c, a, b) -> {
          FollowUpScorer scorer = FollowUpScorer.of(ScoringPolicy.of(Math.max(a, b),
              Math.min(a, b)));
          Journal journal = Journal.of(c.records);
          for (Instant asOf : List.of(c.asOf, c.extra.meetingEnd().plus(Duration.ofDays(20)))) {
            for (ScorePoint point : journal.summary(asOf, scorer).scoreTrend()) {
              FollowUp followUp = journal.record(point.recordId()).orElseThrow().followUp();
              assertThat(point.score()).as(point.recordId())
                  .isEqualTo(scorer.score(followUp, asOf).total());
            }
          }
        });
  }

  @Test
  void chainsFollowIntroductionsToMeetingsThatCameLater() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(JournalGen.cases()).checkAssert(c -> {
      Journal journal = Journal.of(c.records);
      ReferralGraph graph = journal.summary(c.asOf).referrals();
      Map<String, Referral> introducedBy = new HashMap<>();
      for (Referral referral : graph.introductions()) {
        MeetingRecord became = journal.record(referral.becameRecordId().orElseThrow())
            .orElseThrow();
        assertThat(became.meetingEnd()).isAfter(referral.givenAt());
        assertThat(introducedBy.put(Journal.personKey(became.counterpart().name()), referral))
            .isNull();
      }
      for (ReferralGraph.Chain chain : graph.chains()) {
        List<Contact> people = chain.people();
        assertThat(introducedBy).doesNotContainKey(Journal.personKey(people.get(0).name()));
        for (int i = 1; i < people.size(); i++) {
          Referral introduction = introducedBy.get(Journal.personKey(people.get(i).name()));
          assertThat(Journal.personKey(introduction.from().name()))
              .isEqualTo(Journal.personKey(people.get(i - 1).name()));
        }
      }
    });
  }

  private static Set<String> heard(JournalSummary summary) {
    Set<String> heard = new HashSet<>();
    for (TagTally tally : summary.tags()) {
      for (InsightMention mention : tally.mentions()) {
        heard.add(tally.tag() + " " + mention.recordId() + " " + mention.insight());
      }
    }
    for (InsightMention mention : summary.untagged()) {
      heard.add(mention.recordId() + " " + mention.insight());
    }
    return heard;
  }

  private static MeetingRecord meetingWith(String name, Instant end) {
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda())
        .counterpart(Contact.builder().from(SampleMeeting.counterpart()).name(name).build())
        .build();
    return MeetingRecord.builder().id("again").agenda(agenda).followUp(FollowUp.after(end))
        .build();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
