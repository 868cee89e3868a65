package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FollowUpScoreProperties {
  private static final int EXAMPLES = 400;
  private final FollowUpScorer scorer = FollowUpScorer.standard();

  @Test
  void scoreStaysWithinZeroToHundred() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUpScore score = scorer.score(c.followUp, c.first);
      assertThat(score.total()).isBetween(0, 100);
      for (ScoreLine line : score.lines()) {
        assertThat(line.earned()).isBetween(0, line.possible());
      }
    });
  }

  @Test
  void linesAddUpToTheTotalAndExplainTheirPoints() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUpScore score = scorer.score(c.followUp, c.first);
      int earned = 0;
      int possible = 0;
      for (ScoreLine line : score.lines()) {
        earned += line.earned();
        possible += line.possible();
        assertThat(line.finding().arguments().count("earned")).isEqualTo(line.earned());
        assertThat(line.finding().arguments().count("possible")).isEqualTo(line.possible());
        assertThat(line.finding().id()).isEqualTo(line.status().findingId());
      }
      assertThat(score.total()).isEqualTo(earned);
      assertThat(possible).isEqualTo(100);
      assertThat(score.lines()).hasSameSizeAs(c.followUp.tasks());
    });
  }

  /** Every finding of a score renders in every shipped locale with all its arguments. */
  @Test
  void everyFindingRendersWithAllItsArgumentsInEveryLocale() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUpScore score = scorer.score(c.followUp, c.first);
      for (Locale locale : Renderer.shippedLocales()) {
        Renderer renderer = Renderer.of(locale);
        for (ScoreLine line : score.lines()) {
          assertRendered(renderer, line.finding());
          assertRendered(renderer, line.task().action());
        }
        for (NextAction action : score.nextActions()) {
          assertRendered(renderer, action.finding());
        }
        assertThat(score.summary(locale)).doesNotContain("{");
      }
    });
  }

  @Test
  void everyPreparationFindingRendersWithAllItsArgumentsInEveryLocale() {
    qt().withExamples(200).forAll(FollowUpGen.agendas()).checkAssert(agenda -> {
      PreparationScore score = PreparationScorer.standard().score(agenda);
      int total = 0;
      for (PreparationLine line : score.lines()) {
        total += line.earned();
        assertThat(line.finding().arguments().count("earned")).isEqualTo(line.earned());
        for (Locale locale : Renderer.shippedLocales()) {
          assertRendered(Renderer.of(locale), line.finding());
        }
      }
      assertThat(score.total()).isEqualTo(total).isBetween(0, 100);
    });
  }

  private static void assertRendered(Renderer renderer, Finding finding) {
    String text = renderer.message(finding);
    assertThat(text).as(finding.key() + " in " + renderer.locale()).isNotBlank()
        .doesNotContain("{").doesNotContain("}").doesNotStartWith(finding.id() + " ");
  }

  @Test
  void completingATaskNeverLowersTheScore() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUp open = c.followUp.withoutCompletion(c.taskId);
      FollowUp done = open.markDone(c.taskId, c.first);
      FollowUpScore before = scorer.score(open, c.second);
      FollowUpScore after = scorer.score(done, c.second);
      assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
      assertThat(after.line(c.taskId).orElseThrow().earned())
          .isGreaterThanOrEqualTo(before.line(c.taskId).orElseThrow().earned());
    });
  }

  /**
   * The score rewards doing: a task not done yet, done at the instant scored, adds exactly what
   * its next action says it is worth now, so the score rises whenever that is worth a point.
   */
  @Test
  void doingAPendingTaskNowRaisesTheScoreByWhatItIsWorth() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUp open = c.followUp.withoutCompletion(c.taskId);
      FollowUpScore before = scorer.score(open, c.first);
      NextAction action = before.nextActions().stream()
          .filter(a -> a.task().id().equals(c.taskId)).findFirst().orElseThrow();
      FollowUpScore after = scorer.score(open.markDone(c.taskId, c.first), c.first);

      assertThat(before.line(c.taskId).orElseThrow().earned()).isZero();
      assertThat(after.total() - before.total()).isEqualTo(action.worthNow());
      // before its maximum due a task is worth at least half its points, so at least one
      if (action.status() != TaskStatus.OVERDUE && action.task().weight() > 0
          && before.line(c.taskId).orElseThrow().possible() > 0) {
        assertThat(after.total()).isGreaterThan(before.total());
      }
      if (action.worthNow() > 0) {
        assertThat(after.total()).isGreaterThan(before.total());
      }
    });
  }

  @Test
  void completingATaskEarlierNeverLowersTheScore() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUp sooner = c.followUp.markDone(c.taskId, c.earlier());
      FollowUp later = c.followUp.markDone(c.taskId, c.later());
      for (Instant asOf : new Instant[] {c.earlier(), c.later(), c.later().plusSeconds(86_400)}) {
        assertThat(scorer.score(sooner, asOf).total())
            .isGreaterThanOrEqualTo(scorer.score(later, asOf).total());
      }
    });
  }

  @Test
  void laterInstantNeverRaisesTheScoreOfAnUnchangedFollowUp() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      // unchanged: nothing more is done between the two instants
      FollowUp known = c.followUp.asKnownAt(c.earlier());
      assertThat(scorer.score(known, c.later()).total())
          .isLessThanOrEqualTo(scorer.score(known, c.earlier()).total());
    });
  }

  @Test
  void sameInputGivesTheSameScore() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUp rebuilt = FollowUp.builder().from(c.followUp).build();
      FollowUpScore once = scorer.score(c.followUp, c.first);
      FollowUpScore again = FollowUpScorer.of(ScoringPolicy.of(50, 25)).score(rebuilt, c.first);
      assertThat(again).isEqualTo(once);
      assertThat(again.summary()).isEqualTo(once.summary());
      assertThat(again.nextActions()).isEqualTo(once.nextActions());
    });
  }

  @Test
  void nextActionsAreTheOpenTasksEarliestDeadlineFirst() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUpScore score = scorer.score(c.followUp, c.first);
      long open = score.lines().stream().filter(l -> !l.status().isDone()).count();
      assertThat(score.nextActions()).hasSize((int) open);
      for (int i = 1; i < score.nextActions().size(); i++) {
        assertThat(score.nextActions().get(i - 1).deadline())
            .isBeforeOrEqualTo(score.nextActions().get(i).deadline());
      }
    });
  }

  @Test
  void theTotalWithoutLinesIsTheScoresTotal() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      for (Instant asOf : new Instant[] {c.first, c.second}) {
        assertThat(scorer.total(c.followUp, asOf))
            .isEqualTo(scorer.score(c.followUp, asOf).total());
      }
    });
  }

  @Test
  void sharesAddUpAndStayWithinAPointOfTheirQuota() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      FollowUpScore score = scorer.score(c.followUp, c.first);
      long weights = c.followUp.tasks().stream().mapToLong(FollowUpTask::weight).sum();
      for (ScoreLine line : score.lines()) {
        long floor = 100L * line.task().weight() / weights;
        assertThat((long) line.possible()).isBetween(floor, floor + 1);
      }
    });
  }

  @Test
  void taskIdsReadBackFromTheirText() {
    qt().withExamples(EXAMPLES).forAll(FollowUpGen.cases()).checkAssert(c -> {
      for (FollowUpTask task : c.followUp.tasks()) {
        TaskId id = TaskId.parse(task.id());
        assertThat(id).hasToString(task.id());
        assertThat(id.kind()).isEqualTo(task.kind());
        assertThat(id.commitmentId()).isEqualTo(task.commitment().map(Commitment::id));
      }
    });
  }
}
