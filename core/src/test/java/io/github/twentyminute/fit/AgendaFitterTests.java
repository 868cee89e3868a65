package io.github.twentyminute.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ImmutableAgendaItem;
import io.github.twentyminute.agenda.ItemKind;
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

  private static List<String> changes(FitResult result) {
    return result.changes().stream().map(FitChange::toString).collect(Collectors.toList());
  }

  @Test
  void leavesAnAgendaThatFitsAsItIs() {
    FitResult result = AgendaFitter.standard().fit(sample);

    assertThat(result.fits()).isTrue();
    assertThat(result.agenda()).isEqualTo(sample);
    assertThat(result.changes()).isEmpty();
    assertThat(result.reason()).isEqualTo("fits as it is: 20:00 against a 20:00 budget, every"
        + " phase within its time box");
    assertThat(result.before()).isEqualTo(time(20, 0));
    assertThat(result.after()).isEqualTo(time(20, 0));
  }

  @Test
  void shortensTheLowestPriorityItemByExactlyTheOverrun() {
    Agenda agenda = withItem("q6", i -> i.withPlanned(time(2, 15)));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isTrue();
    assertThat(changes(result)).containsExactly("q6 SHORTENED 2:15 -> 1:30: shortened by 0:45:"
        + " priority 3, the lowest left in the discussion, to bring the agenda from 20:45 down to"
        + " its 20:00 budget");
    assertThat(result.agenda().totalPlanned()).isEqualTo(time(20, 0));
    assertThat(result.agenda().item("q6").orElseThrow().planned()).isEqualTo(time(1, 30));
    assertThat(result.reason()).isEqualTo("fits: 20:45 brought to 20:00 against a 20:00 budget,"
        + " every phase within its time box; shortened 1 item");
  }

  @Test
  void dropsAnItemTheCutCoversWhole() {
    FitResult result = fitTo(sample, time(18, 30));

    assertThat(result.fits()).isTrue();
    assertThat(result.dropped()).containsExactly("q6");
    assertThat(changes(result)).containsExactly("q6 DROPPED 1:30 -> 0:00: dropped: priority 3,"
        + " the lowest left in the discussion, to bring the agenda from 20:00 down to its 18:30"
        + " budget");
    assertThat(result.agenda().items()).hasSize(12);
    assertThat(result.agenda().totalPlanned()).isEqualTo(time(18, 30));
    assertThat(result.budget()).isEqualTo(time(18, 30));
    assertThat(result.reason()).isEqualTo("fits: 20:00 brought to 18:30 against a 18:30 budget,"
        + " every phase within its time box; dropped 1 item");
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
    assertThat(changes(result)).containsExactly("q7 DROPPED 1:30 -> 0:00: shortened by 0:30:"
        + " priority 3, the lowest left in the discussion, to bring the discussion from 15:30"
        + " down to its 15:00 maximum; then dropped: priority 3, the lowest left in the"
        + " discussion, to bring the agenda from 21:00 down to its 20:00 budget");
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
    assertThat(rules.validate(result.agenda()).violations()).isEmpty();
  }

  @Test
  void neverTouchesMustKeepItems() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .map(i -> i.id().equals("q5") || i.id().equals("q6")
            ? ImmutableAgendaItem.copyOf(i).withMustKeep(true) : i)
        .collect(Collectors.toList()));

    FitResult result = fitTo(agenda, time(18, 30));

    assertThat(changes(result)).containsExactly(
        "q3 SHORTENED 2:30 -> 2:00: shortened by 0:30: priority 2, the lowest left in the"
            + " discussion, to bring the agenda from 20:00 down to its 18:30 budget",
        "q4 SHORTENED 2:00 -> 1:00: shortened by 1:00: priority 2, the lowest left in the"
            + " discussion, to bring the agenda from 20:00 down to its 18:30 budget");
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
    assertThat(result.changes().get(0).reason()).isEqualTo("lengthened by 0:13, in proportion"
        + " to its planned time, to bring the agenda from 20:00 up to its 21:00 budget");
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
    assertThat(result.reason()).isEqualTo("fits: 20:00 brought to 21:00 against a 23:00 budget,"
        + " every phase within its time box; lengthened 6 items");
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
    items.add(4, ImmutableAgendaItem.copyOf(AgendaItem.statement("o2", PhaseId.OVERVIEW,
        "Why claims analytics", time(1, 0))).withPriority(2));
    Agenda agenda = sample.withItems(items);

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(changes(result)).containsExactly("o2 DROPPED 1:00 -> 0:00: dropped: priority 2,"
        + " the lowest left in the overview, to bring introduction + overview from 5:00 down to"
        + " their 4:00 limit");
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
    assertThat(refused.reason()).isEqualTo("no fit: the ending keeps its time and is planned for"
        + " 1:00 against its 2:00 minimum; set FitOptions.adjustProtectedPhases to let the fitter"
        + " change it");
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
            ? ImmutableAgendaItem.copyOf(i).withMustKeep(true) : i)
        .map(i -> i.id().equals("q1") ? i.withPlanned(time(5, 0)) : i)
        .collect(Collectors.toList()));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isFalse();
    assertThat(result.reason()).isEqualTo("no fit: the discussion cannot go below 16:00 against"
        + " its 15:00 maximum: its must-keep items take 16:00; the agenda cannot go below 22:00"
        + " against its 20:00 budget: time-box minimums, must-keep items and phases that keep"
        + " their time add up to that");
    assertThat(result.toString()).startsWith("FitResult does not fit 22:00 -> 22:00 against"
        + " 20:00: no fit: ");
  }

  @Test
  void saysWhyNoFitExistsForAPhaseWithoutItems() {
    Agenda agenda = sample.withItems(sample.items().stream()
        .filter(i -> !i.phase().equals(PhaseId.OVERVIEW)).collect(Collectors.toList()));

    FitResult result = AgendaFitter.standard().fit(agenda);

    assertThat(result.fits()).isFalse();
    assertThat(result.reason()).isEqualTo("no fit: the overview has no items, so it cannot reach"
        + " its 1:00 minimum; add an item to it");
  }

  @Test
  void saysWhyNoFitExistsForABudgetBelowTheMinimums() {
    FitResult result = fitTo(sample, time(10, 0));

    assertThat(result.fits()).isFalse();
    assertThat(result.reason()).startsWith("no fit: the agenda cannot go below ");
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
