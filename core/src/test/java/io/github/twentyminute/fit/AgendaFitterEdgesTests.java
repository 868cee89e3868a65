package io.github.twentyminute.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgendaFitterEdgesTests {
  private final Agenda sample = SampleMeeting.agenda();

  private static Duration time(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  private static FitResult fitTo(Agenda agenda, Duration budget) {
    return AgendaFitter.of(FitOptions.builder().budget(budget).build()).fit(agenda);
  }

  private static AgendaItem optional(String id, PhaseId phase, Duration planned, int priority) {
    return AgendaItem.builder().from(AgendaItem.statement(id, phase, "Extra " + id, planned))
        .priority(priority).build();
  }

  private Agenda changed(java.util.function.Function<AgendaItem, AgendaItem> change,
      AgendaItem... extra) {
    List<AgendaItem> items = sample.items().stream().map(change).collect(Collectors.toList());
    for (AgendaItem item : extra) {
      int at = 0;
      while (at < items.size()
          && sample.plan().indexOf(items.get(at).phase()) <= sample.plan().indexOf(item.phase())) {
        at++;
      }
      items.add(at, item);
    }
    return sample.withItems(items);
  }

  /** Each change as {@code item KIND before -> after}, with the ids of the steps it served. */
  private static List<String> changes(FitResult result) {
    return result.changes().stream().map(c -> c.itemId() + " " + c.kind() + " "
        + c.before().getSeconds() + "s -> " + c.after().getSeconds() + "s for " + c.reasons()
        .stream().map(Finding::id).collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
  }

  private static List<Long> extraNanos(FitResult result) {
    return result.changes().stream().map(c -> c.after().minus(c.before()).toNanos())
        .collect(Collectors.toList());
  }

  private Agenda discussionOf(AgendaItem... discussion) {
    List<AgendaItem> items = new ArrayList<>();
    sample.items().stream().filter(i -> !i.phase().equals(PhaseId.DISCUSSION)
        && !i.phase().equals(PhaseId.ENDING)).forEach(items::add);
    items.add(AgendaItem.builder().from(sample.item("q1").orElseThrow())
        .planned(time(12, 0)).mustKeep(true).build());
    items.addAll(List.of(discussion));
    sample.items().stream().filter(i -> i.phase().equals(PhaseId.ENDING)).forEach(items::add);
    return sample.withItems(items);
  }

  @Test
  void aGroupOverItsLimitIsCutByExactlyTheOverrun() {
    FitResult result = AgendaFitter.standard().fit(changed(
        i -> i.id().equals("o1") ? i.withPlanned(time(1, 30)) : i,
        optional("o2", PhaseId.OVERVIEW, time(1, 30), 2)));

    assertThat(result.fits()).isTrue();
    assertThat(changes(result)).containsExactly("o2 SHORTENED 90s -> 30s for fit.step.group-limit");
    assertThat(result.changes().get(0).amount()).isEqualTo(time(1, 0));
    assertThat(result.after()).isEqualTo(time(20, 0));
  }

  @Test
  void noFitWhenMustKeepItemsHoldAGroupOverItsLimit() {
    FitResult result = AgendaFitter.standard().fit(changed(
        i -> i.id().equals("o1") ? i.withPlanned(time(3, 0)) : i));

    assertThat(result.fits()).isFalse();
    assertThat(result.obstacles()).hasSize(1);
    Finding obstacle = result.obstacles().get(0);
    assertThat(obstacle.id()).isEqualTo(FitFindings.BLOCKED_GROUP_LIMIT);
    assertThat(obstacle.location()).hasToString("plan.groupLimits[0]");
    assertThat(obstacle.arguments().duration("planned")).isEqualTo(time(5, 0));
    assertThat(obstacle.arguments().duration("limit")).isEqualTo(time(4, 0));
  }

  @Test
  void fillingGivesALaterTierOnlyWhatIsStillMissing() {
    FitResult result = fitTo(changed(i -> i.id().equals("i3") ? i.withPlanned(time(0, 30)) : i),
        time(20, 45));

    assertThat(result.fits()).isTrue();
    assertThat(result.changes()).extracting(FitChange::itemId, FitChange::after).startsWith(
        tuple("i1", time(0, 35)), tuple("i2", time(0, 35)), tuple("i3", time(0, 35)),
        tuple("q1", time(3, 13)));
    assertThat(result.agenda().planned(PhaseId.INTRODUCTION)).isEqualTo(time(1, 45));
    assertThat(result.agenda().planned(PhaseId.DISCUSSION)).isEqualTo(time(15, 0));
    assertThat(result.after()).isEqualTo(time(20, 45));
    assertThat(result.finding().arguments().count("lengthened")).isEqualTo(9);
    assertThat(result.finding().arguments().duration("from")).isEqualTo(time(19, 30));
  }

  @Test
  void theAbsorbingPhaseGivesBeforeTheOthersWhatEverTheirPriorities() {
    FitResult result = fitTo(changed(i -> i.id().equals("o1") ? i.withPlanned(time(1, 30)) : i,
        optional("o2", PhaseId.OVERVIEW, time(0, 30), 4)), time(19, 30));

    assertThat(changes(result)).containsExactly("q6 SHORTENED 90s -> 60s for fit.step.over-budget");
  }

  @Test
  void splitsASubSecondFillToTheNanosecondWithoutOverflow() {
    FitResult half = fitTo(sample, time(20, 0).plusMillis(500));
    FitResult tenth = fitTo(sample, time(20, 0).plusMillis(100));

    assertThat(extraNanos(half)).containsExactly(
        107_142_857L, 107_142_857L, 89_285_714L, 71_428_572L, 71_428_571L, 53_571_429L);
    assertThat(half.after()).isEqualTo(time(20, 0).plusMillis(500));
    assertThat(extraNanos(tenth)).containsExactly(
        21_428_572L, 21_428_571L, 17_857_143L, 14_285_714L, 14_285_714L, 10_714_286L);
    assertThat(tenth.after()).isEqualTo(time(20, 0).plusMillis(100));
  }

  @Test
  void dropsAnItemLeftAtOneSecondWhenShorteningIsNotEnough() {
    FitResult result = fitTo(discussionOf(optional("q2", PhaseId.DISCUSSION, time(0, 30), 3)),
        time(18, 0).plusMillis(500));

    assertThat(changes(result)).containsExactly("q2 DROPPED 30s -> 0s for fit.step.over-budget");
    assertThat(result.after()).isEqualTo(time(18, 0));
  }

  @Test
  void dropsAOneSecondItemWithoutShorteningItFirst() {
    FitResult result = fitTo(discussionOf(optional("q2", PhaseId.DISCUSSION, time(0, 1), 3)),
        time(18, 0).plusMillis(500));

    assertThat(changes(result)).containsExactly("q2 DROPPED 1s -> 0s for fit.step.over-budget");
  }

  @Test
  void dropsNoMoreOneSecondItemsThanNeeded() {
    FitResult result = fitTo(discussionOf(optional("q2", PhaseId.DISCUSSION, time(0, 1), 3),
        optional("q3", PhaseId.DISCUSSION, time(0, 1), 3)), time(18, 1).plusMillis(500));

    assertThat(result.dropped()).containsExactly("q3");
    assertThat(result.after()).isEqualTo(time(18, 1));
  }

  @Test
  void anItemAtTheShortestLengthIsShortenedOnlyOnce() {
    FitResult result = fitTo(discussionOf(optional("q2", PhaseId.DISCUSSION, time(1, 0), 3)),
        time(18, 30));

    assertThat(changes(result)).containsExactly("q2 SHORTENED 60s -> 30s for fit.step.over-budget");
  }

  @Test
  void anItemWithNoTimeIsNeitherDroppedNorShortened() {
    FitResult result = fitTo(changed(i -> i, optional("q7", PhaseId.DISCUSSION, Duration.ZERO, 3)),
        time(19, 0));

    assertThat(result.changes()).extracting(FitChange::itemId).containsExactly("q5", "q6");
    assertThat(result.agenda().item("q7")).isPresent();
    assertThat(result.finding().arguments().count("shortened")).isEqualTo(2);
  }

  @Test
  void leftoverSecondsGoToTheLargestRemainders() {
    FitResult result = fitTo(changed(i -> i.id().equals("i3") ? i.withPlanned(time(0, 45)) : i),
        time(21, 0));

    assertThat(result.changes()).extracting(FitChange::itemId, FitChange::after).startsWith(
        tuple("i1", time(0, 34)), tuple("i2", time(0, 34)), tuple("i3", time(0, 52)));
  }

  @Test
  void growsOnlyTheOptionalItemsOfAPhaseWhenThereAreSome() {
    FitResult result = fitTo(changed(i -> i.id().equals("i3") ? i.withPlanned(time(0, 30)) : i,
        optional("i4", PhaseId.INTRODUCTION, time(0, 15), 3)), time(21, 0));

    assertThat(changes(result).get(0)).isEqualTo("i4 LENGTHENED 15s -> 30s for fit.step.under-budget");
    assertThat(result.changes()).extracting(FitChange::itemId)
        .containsExactly("i4", "q1", "q2", "q3", "q4", "q5", "q6");
  }

  @Test
  void sharesTimeEquallyAmongItemsThatHaveNone() {
    FitResult result = AgendaFitter.standard().fit(changed(
        i -> i.phase().equals(PhaseId.INTRODUCTION) ? i.withPlanned(Duration.ZERO) : i));

    assertThat(result.fits()).isTrue();
    assertThat(changes(result).subList(0, 3)).containsExactly(
        "i1 LENGTHENED 0s -> 20s for fit.step.phase-minimum",
        "i2 LENGTHENED 0s -> 20s for fit.step.phase-minimum",
        "i3 LENGTHENED 0s -> 20s for fit.step.phase-minimum");
    assertThat(result.changes().get(0).finding().key()).isEqualTo("fit.lengthened.equally");
    assertThat(result.steps().get(0).arguments().asMap()).containsExactly(
        entry("phase", "introduction"), entry("planned", Duration.ZERO),
        entry("minimum", time(1, 0)));
    assertThat(result.after()).isEqualTo(time(20, 0));
  }

  @Test
  void aPhaseWithoutItemsPassesTheFillOnToTheNextPhase() {
    MeetingPlan plan = MeetingPlans.twentyMinute();
    MeetingPlan open = MeetingPlan.builder().from(plan).phases(List.of(
        MeetingPlans.introduction(TimeBox.ofMinutes(0, 2, 2)), plan.phases().get(1),
        plan.phases().get(2), plan.phases().get(3))).build();
    Agenda noIntroduction = Agenda.builder().from(sample).plan(open).items(
        sample.items().stream().filter(i -> !i.phase().equals(PhaseId.INTRODUCTION))
            .collect(Collectors.toList())).build();

    FitResult result = AgendaFitter.standard().fit(noIntroduction);

    assertThat(result.fits()).isTrue();
    assertThat(result.agenda().planned(PhaseId.OVERVIEW)).isEqualTo(time(3, 0));
    assertThat(result.agenda().planned(PhaseId.DISCUSSION)).isEqualTo(time(15, 0));
    assertThat(result.after()).isEqualTo(time(20, 0));
  }
}
