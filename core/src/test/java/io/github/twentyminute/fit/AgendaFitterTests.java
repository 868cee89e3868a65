package io.github.twentyminute.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.BuiltInRules;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgendaFitterTests {
  private final Agenda sample = SampleMeeting.agenda();

  private static Duration time(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  private Agenda withItem(String id, UnaryOperator<AgendaItem> change) {
    return sample.withItems(sample.items().stream()
        .map(i -> i.id().equals(id) ? change.apply(i) : i).collect(Collectors.toList()));
  }

  private static FitResult fitTo(Agenda agenda, Duration budget) {
    return AgendaFitter.of(FitOptions.builder().budget(budget).build()).fit(agenda);
  }

  /** Each change as {@code item KIND before -> after}, with the ids of the steps it served. */
  private static List<String> changes(FitResult result) {
    return result.changes().stream().map(c -> c.itemId() + " " + c.kind() + " "
        + c.before().getSeconds() + "s -> " + c.after().getSeconds() + "s for " + c.reasons()
        .stream().map(Finding::id).collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
  }

  @Test
  void leavesAnAgendaThatFitsAsItIs() {
    FitResult result = AgendaFitter.standard().fit(sample);

    assertThat(result.fits()).isTrue();
    assertThat(result.agenda()).isEqualTo(sample);
    assertThat(result.changes()).isEmpty();
    assertThat(result.finding().id()).isEqualTo(FitFindings.FITS_AS_IS);
    assertThat(result.finding().arguments().duration("planned")).isEqualTo(time(20, 0));
    assertThat(result.finding().arguments().duration("budget")).isEqualTo(time(20, 0));
    assertThat(result.steps()).isEmpty();
    assertThat(result.obstacles()).isEmpty();
    assertThat(result.before()).isEqualTo(time(20, 0));
    assertThat(result.after()).isEqualTo(time(20, 0));
  }

  @Test
  void shortensTheLowestPriorityItemByExactlyTheOverrun() {
    Agenda agenda = withItem("q6", i -> i.withPlanned(time(2, 15)));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isTrue();
    assertThat(changes(result)).containsExactly("q6 SHORTENED 135s -> 90s for fit.step.over-budget");
    Finding change = result.changes().get(0).finding();
    assertThat(change.id()).isEqualTo(FitFindings.SHORTENED);
    assertThat(change.location()).hasToString("items[9].planned");
    assertThat(change.arguments().asMap()).containsExactly(entry("itemId", "q6"),
        entry("phase", "discussion"), entry("priority", 3L), entry("from", time(2, 15)),
        entry("to", time(1, 30)), entry("amount", time(0, 45)));
    assertThat(result.changes().get(0).amount()).isEqualTo(time(0, 45));
    Finding step = result.steps().get(0);
    assertThat(step.location()).hasToString("plan.budget");
    assertThat(step.arguments().duration("planned")).isEqualTo(time(20, 45));
    assertThat(step.arguments().duration("budget")).isEqualTo(time(20, 0));
    assertThat(result.changes().get(0).reasons()).containsExactly(step);
    assertThat(result.agenda().totalPlanned()).isEqualTo(time(20, 0));
    assertThat(result.agenda().item("q6").orElseThrow().planned()).isEqualTo(time(1, 30));
    assertThat(result.finding().id()).isEqualTo(FitFindings.FITTED);
    assertThat(result.finding().arguments().asMap()).containsExactly(entry("from", time(20, 45)),
        entry("to", time(20, 0)), entry("budget", time(20, 0)), entry("changed", 1L),
        entry("dropped", 0L), entry("shortened", 1L), entry("lengthened", 0L));
  }

  @Test
  void dropsAnItemTheCutCoversWhole() {
    FitResult result = fitTo(sample, time(18, 30));

    assertThat(result.fits()).isTrue();
    assertThat(result.dropped()).containsExactly("q6");
    assertThat(changes(result)).containsExactly("q6 DROPPED 90s -> 0s for fit.step.over-budget");
    assertThat(result.changes().get(0).finding().id()).isEqualTo(FitFindings.DROPPED);
    assertThat(result.steps().get(0).location()).isEqualTo(Location.root());
    assertThat(result.agenda().items()).hasSize(12);
    assertThat(result.agenda().totalPlanned()).isEqualTo(time(18, 30));
    assertThat(result.budget()).isEqualTo(time(18, 30));
    assertThat(result.finding().arguments().count("dropped")).isEqualTo(1);
    assertThat(result.finding().arguments().count("changed")).isEqualTo(1);
  }

  @Test
  void cutsAPhaseToItsMaximumThenTheAgendaToItsBudgetAndKeepsEveryReason() {
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(10, AgendaItem.builder().id("q7").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("What should I read?").planned(time(1, 30)).priority(3)
        .build());
    Agenda agenda = sample.withItems(items);

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isTrue();
    assertThat(changes(result)).containsExactly(
        "q7 DROPPED 90s -> 0s for fit.step.phase-maximum, fit.step.over-budget");
    Finding phase = result.steps().get(0);
    assertThat(phase.location()).hasToString("plan.phases[2]");
    assertThat(phase.arguments().asMap()).containsExactly(entry("phase", "discussion"),
        entry("planned", time(15, 30)), entry("maximum", time(15, 0)));
    assertThat(result.steps().get(1).arguments().duration("planned")).isEqualTo(time(21, 0));
    assertThat(result.agenda()).isEqualTo(sample);
  }

  @Test
  void aFittedAgendaPassesTheBudgetAndTimeBoxRules() {
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(10, AgendaItem.builder().id("q7").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("Which meetups are worth going to?")
        .planned(time(2, 0)).priority(2).addLinkedNote("n2").build());
    Agenda agenda = sample.withItems(items);
    RuleSet rules = RuleSet.standard();
    assertThat(rules.validate(agenda).rulesFired())
        .containsExactly(BuiltInRules.BUDGET_TOTAL, BuiltInRules.PHASE_TIMEBOX);

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.dropped()).containsExactly("q6");
    assertThat(rules.validate(result.agenda()).isValid()).isTrue();
    assertThat(rules.validate(result.agenda()).findings()).isEmpty();
  }

  @Test
  void neverTouchesMustKeepItems() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .map(i -> i.id().equals("q5") || i.id().equals("q6")
            ? AgendaItem.builder().from(i).mustKeep(true).build() : i)
        .collect(Collectors.toList()));

    FitResult result = fitTo(agenda, time(18, 30));

    assertThat(changes(result)).containsExactly(
        "q3 SHORTENED 150s -> 120s for fit.step.over-budget",
        "q4 SHORTENED 120s -> 60s for fit.step.over-budget");
    assertThat(result.agenda().item("q5")).isPresent();
    assertThat(result.agenda().item("q6")).isPresent();
  }

  @Test
  void shortestItemSetsHowFarAnItemIsCutBeforeTheNextOne() {
    FitResult standard = fitTo(sample, time(19, 0));
    FitResult shortCuts = AgendaFitter.of(FitOptions.builder().budget(time(19, 0))
        .shortestItem(time(0, 30)).build()).fit(sample);

    assertThat(standard.changes()).extracting(FitChange::itemId, FitChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("q5", time(1, 30)),
            org.assertj.core.groups.Tuple.tuple("q6", time(1, 0)));
    assertThat(shortCuts.changes()).extracting(FitChange::itemId, FitChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("q6", time(0, 30)));
  }

  @Test
  void cutsBelowTheShortestItemOnlyWhenNothingElseGives() {
    FitResult result = AgendaFitter.of(FitOptions.builder().budget(time(19, 59))
        .shortestItem(time(3, 0)).build()).fit(sample);

    assertThat(result.fits()).isTrue();
    assertThat(result.changes()).extracting(FitChange::itemId, FitChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("q6", time(1, 29)));
  }

  @Test
  void growsTheDiscussionInProportionWhenUnderBudget() {
    FitResult result = fitTo(sample, time(21, 0));

    assertThat(result.fits()).isTrue();
    assertThat(result.changes()).extracting(FitChange::itemId, FitChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("q1", time(3, 13)),
            org.assertj.core.groups.Tuple.tuple("q2", time(3, 13)),
            org.assertj.core.groups.Tuple.tuple("q3", time(2, 41)),
            org.assertj.core.groups.Tuple.tuple("q4", time(2, 9)),
            org.assertj.core.groups.Tuple.tuple("q5", time(2, 8)),
            org.assertj.core.groups.Tuple.tuple("q6", time(1, 36)));
    Finding first = result.changes().get(0).finding();
    assertThat(first.id()).isEqualTo(FitFindings.LENGTHENED);
    assertThat(first.key()).isEqualTo(FitFindings.LENGTHENED);
    assertThat(first.arguments().duration("amount")).isEqualTo(time(0, 13));
    assertThat(result.steps()).extracting(Finding::id)
        .containsExactly(FitFindings.STEP_UNDER_BUDGET);
    assertThat(result.agenda().totalPlanned()).isEqualTo(time(21, 0));
  }

  @Test
  void growsNoPhasePastItsMaximumOrItsGroupLimit() {
    FitResult result = fitTo(sample, time(23, 0));

    assertThat(result.fits()).isTrue();
    assertThat(result.agenda().planned(PhaseId.DISCUSSION)).isEqualTo(time(15, 0));
    assertThat(result.agenda().planned(PhaseId.OVERVIEW)).isEqualTo(time(2, 0));
    assertThat(result.agenda().planned(PhaseId.ENDING)).isEqualTo(time(2, 0));
    assertThat(result.after()).isEqualTo(time(21, 0));
    assertThat(result.finding().arguments().count("lengthened")).isEqualTo(6);
    assertThat(result.finding().arguments().duration("budget")).isEqualTo(time(23, 0));
  }

  @Test
  void leavesTimeUnusedWhenNotFillingTheBudget() {
    FitResult result = AgendaFitter.of(FitOptions.builder().budget(time(21, 0))
        .fillToBudget(false).build()).fit(sample);

    assertThat(result.fits()).isTrue();
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void bringsAGroupWithinItsLimit() {
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(4, AgendaItem.builder().from(AgendaItem.statement("o2", PhaseId.OVERVIEW,
        "Why claims analytics", time(1, 0))).priority(2).build());
    Agenda agenda = sample.withItems(items);

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(changes(result)).containsExactly("o2 DROPPED 60s -> 0s for fit.step.group-limit");
    assertThat(result.steps().get(0).location()).hasToString("plan.groupLimits[0]");
    assertThat(result.steps().get(0).arguments().asMap()).containsExactly(
        entry("group", "introduction + overview"), entry("planned", time(5, 0)),
        entry("limit", time(4, 0)));
    assertThat(result.agenda()).isEqualTo(sample);
  }

  @Test
  void leavesTheEndingAloneUnlessAllowed() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .filter(i -> !i.id().equals("e3"))
        .map(i -> i.phase().equals(PhaseId.ENDING) ? i.withPlanned(time(0, 30)) : i)
        .collect(Collectors.toList()));

    FitResult refused = AgendaFitter.standard().fit(agenda);
    assertThat(refused.fits()).isFalse();
    assertThat(refused.obstacles()).hasSize(1);
    Finding obstacle = refused.obstacles().get(0);
    assertThat(obstacle.id()).isEqualTo(FitFindings.BLOCKED_PROTECTED_PHASE);
    assertThat(obstacle.severity()).contains(Severity.ERROR);
    assertThat(obstacle.location()).hasToString("plan.phases[3]");
    assertThat(obstacle.arguments().asMap()).containsExactly(entry("phase", "ending"),
        entry("planned", time(1, 0)), entry("minimum", time(2, 0)));
    assertThat(refused.finding().id()).isEqualTo(FitFindings.NO_FIT);
    assertThat(refused.minimums().get(3).cause()).isEqualTo(PhaseMinimum.Cause.KEEPS_ITS_TIME);
    assertThat(refused.minimums().get(3).least()).isEqualTo(time(1, 0));
    assertThat(refused.agenda()).isEqualTo(agenda);
    assertThat(refused.changes()).isEmpty();
    assertThat(refused.after()).isEqualTo(refused.before());

    FitResult allowed = AgendaFitter.of(FitOptions.builder().adjustProtectedPhases(true).build())
        .fit(agenda);
    assertThat(allowed.fits()).isTrue();
    assertThat(allowed.changes()).extracting(FitChange::itemId, FitChange::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", time(1, 0)),
            org.assertj.core.groups.Tuple.tuple("e2", time(1, 0)));
    assertThat(allowed.agenda().totalPlanned()).isEqualTo(time(20, 0));
  }

  @Test
  void saysWhyNoFitExistsWhenMustKeepItemsAreTooLong() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .map(i -> i.phase().equals(PhaseId.DISCUSSION)
            ? AgendaItem.builder().from(i).mustKeep(true).build() : i)
        .map(i -> i.id().equals("q1") ? i.withPlanned(time(5, 0)) : i)
        .collect(Collectors.toList()));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isFalse();
    assertThat(result.obstacles()).extracting(Finding::id).containsExactly(
        FitFindings.BLOCKED_MUST_KEEP, FitFindings.BLOCKED_BUDGET);
    assertThat(result.obstacles().get(0).arguments().asMap()).containsExactly(
        entry("phase", "discussion"), entry("planned", time(16, 0)),
        entry("maximum", time(15, 0)), entry("mustKeep", time(16, 0)));
    assertThat(result.obstacles().get(1).arguments().asMap()).containsExactly(
        entry("planned", time(22, 0)), entry("budget", time(20, 0)), entry("over", time(2, 0)));
    PhaseMinimum discussion = result.minimums().get(2);
    assertThat(discussion.cause()).isEqualTo(PhaseMinimum.Cause.MUST_KEEP_ITEMS);
    assertThat(discussion.least()).isEqualTo(time(16, 0));
    assertThat(discussion.mustKeepItems()).containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
    assertThat(result.least()).isEqualTo(time(22, 0));
    assertThat(result.finding().arguments().duration("least")).isEqualTo(time(22, 0));
    assertThat(result.finding().arguments().count("obstacles")).isEqualTo(2);
    assertThat(result.toString()).startsWith("FitResult does not fit 22:00 -> 22:00 against"
        + " 20:00: no fit: ");
  }

  @Test
  void saysWhyNoFitExistsForAPhaseWithoutItems() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .filter(i -> !i.phase().equals(PhaseId.OVERVIEW)).collect(Collectors.toList()));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isFalse();
    assertThat(result.obstacles()).hasSize(1);
    assertThat(result.obstacles().get(0).id()).isEqualTo(FitFindings.BLOCKED_NO_ITEMS);
    assertThat(result.obstacles().get(0).arguments().asMap()).containsExactly(
        entry("phase", "overview"), entry("minimum", time(1, 0)));
  }

  @Test
  void saysWhyNoFitExistsForABudgetBelowTheMinimums() {
    FitResult result = fitTo(sample, time(10, 0));

    assertThat(result.fits()).isFalse();
    assertThat(result.obstacles()).extracting(Finding::id)
        .containsExactly(FitFindings.BLOCKED_BUDGET);
    assertThat(result.least()).isEqualTo(time(18, 0));
    assertThat(result.minimums()).extracting(PhaseMinimum::cause).containsExactly(
        PhaseMinimum.Cause.MUST_KEEP_ITEMS, PhaseMinimum.Cause.MUST_KEEP_ITEMS,
        PhaseMinimum.Cause.TIME_BOX, PhaseMinimum.Cause.KEEPS_ITS_TIME);
    assertThat(result.minimums().get(0).finding().key()).isEqualTo("fit.minimum.must-keep");
    assertThat(result.minimums().get(0).finding().arguments().duration("least"))
        .isEqualTo(time(2, 0));
    assertThat(result.minimums().get(2).finding().arguments().duration("least"))
        .isEqualTo(time(12, 0));
    assertThat(result.agenda()).isEqualTo(sample);
  }

  @Test
  void isDeterministic() {
    Agenda agenda = withItem("q1", i -> i.withPlanned(time(7, 0)));

    assertThat(AgendaFitter.standard().fit(agenda)).isEqualTo(AgendaFitter.standard().fit(agenda));
  }

  @Test
  void refusesNonsenseOptions() {
    assertThatThrownBy(() -> FitOptions.builder().budget(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fit budget must be positive, but was 0:00");
    assertThatThrownBy(() -> FitOptions.builder().shortestItem(time(-1, 0)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shortest item must be zero or positive, but was -1:00 (PT-1M)");
    assertThatThrownBy(() -> AgendaFitter.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }
}
