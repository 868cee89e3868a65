package io.github.twentyminute.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.rules.BuiltInRules;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaFitterProperties {
  private static final RuleSet TIME_RULES = RuleSet.of(
      BuiltInRules.get(BuiltInRules.BUDGET_TOTAL), BuiltInRules.get(BuiltInRules.PHASE_TIMEBOX));
  private static FitResult fit(FitterAgendas.Case c) {
    return AgendaFitter.of(c.options).fit(c.agenda);
  }

  @Test
  void aFittedAgendaIsWithinItsBudgetItsTimeBoxesAndItsGroupLimits() {
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      if (!result.fits()) {
        return;
      }
      Agenda fitted = result.agenda();
      MeetingPlan plan = fitted.plan();
      Duration budget = c.options.budget().orElse(plan.budget());
      assertThat(fitted.totalPlanned()).isLessThanOrEqualTo(budget);
      assertThat(result.after()).isEqualTo(fitted.totalPlanned());
      for (PhasePlan phase : plan.phases()) {
        assertThat(phase.timeBox().contains(fitted.planned(phase.id())))
            .as("%s planned %s in %s", phase.id(), fitted.planned(phase.id()), phase.timeBox())
            .isTrue();
      }
      for (GroupLimit group : plan.groupLimits()) {
        Duration sum = group.phases().stream().map(fitted::planned)
            .reduce(Duration.ZERO, Duration::plus);
        assertThat(sum).isLessThanOrEqualTo(group.max());
      }
      ValidationReport report = TIME_RULES.validate(fitted);
      assertThat(report.forRule(BuiltInRules.PHASE_TIMEBOX)).isEmpty();
      if (budget.compareTo(plan.budget()) <= 0) {
        assertThat(report.forRule(BuiltInRules.BUDGET_TOTAL)).isEmpty();
      }
    });
  }

  @Test
  void mustKeepItemsAreNeverDroppedOrShortened() {
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      for (AgendaItem item : c.agenda.items()) {
        if (item.mustKeep()) {
          AgendaItem after = result.agenda().item(item.id()).orElseThrow();
          assertThat(after.planned()).isGreaterThanOrEqualTo(item.planned());
        }
      }
    });
  }

  @Test
  void protectedPhasesAreLeftAloneUnlessAllowed() {
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      if (c.options.adjustProtectedPhases()) {
        return;
      }
      FitResult result = fit(c);
      for (PhasePlan phase : c.agenda.plan().phases()) {
        if (phase.keepsItsTime()) {
          assertThat(result.agenda().items(phase.id())).isEqualTo(c.agenda.items(phase.id()));
        }
      }
    });
  }

  @Test
  void theChangesAccountForEveryDifference() {
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      Map<String, FitChange> changes = new HashMap<>();
      result.changes().forEach(change -> changes.put(change.itemId(), change));
      assertThat(changes).hasSameSizeAs(result.changes());
      Iterator<AgendaItem> fitted = result.agenda().items().iterator();
      for (AgendaItem item : c.agenda.items()) {
        FitChange change = changes.get(item.id());
        if (change != null) {
          assertThat(change.before()).isEqualTo(item.planned());
          assertThat(change.reasons()).isNotEmpty().isSubsetOf(result.steps());
          assertThat(change.finding().arguments().text("itemId")).isEqualTo(item.id());
          assertThat(change.finding().arguments().duration("from")).isEqualTo(change.before());
          assertThat(change.finding().arguments().duration("to")).isEqualTo(change.after());
          assertThat(change.kind()).isEqualTo(change.after().isZero() && !fittedHas(result, item)
              ? FitChange.Kind.DROPPED
              : change.after().compareTo(change.before()) < 0 ? FitChange.Kind.SHORTENED
                  : FitChange.Kind.LENGTHENED);
          if (change.kind() == FitChange.Kind.DROPPED) {
            continue;
          }
        }
        AgendaItem next = fitted.next();
        assertThat(next.id()).isEqualTo(item.id());
        assertThat(next.planned()).isEqualTo(change == null ? item.planned() : change.after());
        assertThat(next.withPlanned(item.planned())).isEqualTo(item);
      }
      assertThat(fitted.hasNext()).isFalse();
    });
  }

  private static boolean fittedHas(FitResult result, AgendaItem item) {
    return result.agenda().item(item.id()).isPresent();
  }

  @Test
  void withoutAFitTheAgendaIsKeptAndTheReasonGiven() {
    int[] outcomes = {0, 0, 0};
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      outcomes[result.fits() ? result.changes().isEmpty() ? 0 : 1 : 2]++;
      if (result.fits()) {
        assertThat(result.finding().id()).isIn(FitFindings.FITS_AS_IS, FitFindings.FITTED);
        assertThat(result.obstacles()).isEmpty();
      } else {
        assertThat(result.agenda()).isEqualTo(c.agenda);
        assertThat(result.changes()).isEmpty();
        assertThat(result.finding().id()).isEqualTo(FitFindings.NO_FIT);
        assertThat(result.obstacles()).isNotEmpty()
            .allSatisfy(o -> assertThat(o.severity()).contains(Severity.ERROR));
      }
    });
    assertThat(outcomes[1]).as("changed to fit").isGreaterThan(100);
    assertThat(outcomes[2]).as("no fit").isGreaterThan(100);
  }

  @Test
  void aFitIsFoundWhenMustKeepItemsAndMinimumsAllowOne() {
    int[] counted = {0};
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      if (fitExists(c)) {
        counted[0]++;
        assertThat(fit(c).fits()).as(fit(c).toString()).isTrue();
      }
    });
    assertThat(counted[0]).isGreaterThan(100);
  }

  /** A sufficient condition for a fit: what must stay fits every limit. */
  private static boolean fitExists(FitterAgendas.Case c) {
    MeetingPlan plan = c.agenda.plan();
    Map<io.github.twentyminute.plan.PhaseId, Duration> lowest = new HashMap<>();
    Duration total = Duration.ZERO;
    for (PhasePlan phase : plan.phases()) {
      Duration planned = c.agenda.planned(phase.id());
      Duration mustKeep = c.agenda.items(phase.id()).stream().filter(AgendaItem::mustKeep)
          .map(AgendaItem::planned).reduce(Duration.ZERO, Duration::plus);
      boolean adjustable = !phase.keepsItsTime() || c.options.adjustProtectedPhases();
      Duration low;
      if (!adjustable) {
        if (!phase.timeBox().contains(planned)) {
          return false;
        }
        low = planned;
      } else {
        if (mustKeep.compareTo(phase.timeBox().max()) > 0) {
          return false;
        }
        if (!phase.timeBox().min().isZero() && c.agenda.items(phase.id()).isEmpty()) {
          return false;
        }
        low = mustKeep.compareTo(phase.timeBox().min()) > 0 ? mustKeep : phase.timeBox().min();
      }
      lowest.put(phase.id(), low);
      total = total.plus(low);
    }
    for (GroupLimit group : plan.groupLimits()) {
      Duration sum = group.phases().stream().map(lowest::get).reduce(Duration.ZERO, Duration::plus);
      if (sum.compareTo(group.max()) > 0) {
        return false;
      }
    }
    return total.compareTo(c.options.budget().orElse(plan.budget())) <= 0;
  }

  @Test
  void fittingIsDeterministicAndFittingAFittedAgendaChangesNothing() {
    qt().withExamples(500).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult first = fit(c);
      assertThat(fit(c)).isEqualTo(first);
      if (first.fits() && first.agenda().totalPlanned().equals(
          c.options.budget().orElse(c.agenda.plan().budget()))) {
        FitResult again = AgendaFitter.of(c.options).fit(first.agenda());
        assertThat(again.fits()).isTrue();
        assertThat(again.changes()).isEmpty();
      }
    });
  }

  @Test
  void everyFindingRendersInEveryShippedLocaleWithAllItsArguments() {
    qt().withExamples(500).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      List<Finding> findings = new ArrayList<>();
      findings.add(result.finding());
      findings.addAll(result.steps());
      findings.addAll(result.obstacles());
      result.minimums().forEach(m -> findings.add(m.finding()));
      result.changes().forEach(change -> {
        findings.add(change.finding());
        findings.addAll(change.reasons());
      });
      for (Locale locale : Renderer.shippedLocales()) {
        Renderer renderer = Renderer.of(locale);
        for (Finding finding : findings) {
          assertThat(finding.id()).startsWith("fit.");
          String message = renderer.message(finding);
          assertThat(message).as("%s in %s", finding.key(), locale).isNotBlank()
              .doesNotContain("{").doesNotContain(finding.id());
          renderer.hint(finding).ifPresent(hint -> assertThat(hint).isNotBlank()
              .doesNotContain("{"));
        }
      }
    });
  }

  @Test
  void noFitExistsForABudgetBelowThePhaseMinimums() {
    int[] counted = {0};
    qt().withExamples(1000).forAll(FitterAgendas.cases()).checkAssert(c -> {
      FitResult result = fit(c);
      assertThat(result.minimums()).extracting(PhaseMinimum::phase)
          .containsExactlyElementsOf(c.agenda.plan().phaseIds());
      if (result.least().compareTo(result.budget()) > 0) {
        counted[0]++;
        assertThat(result.fits()).isFalse();
        assertThat(result.obstacles()).isNotEmpty();
      }
      if (!result.fits()) {
        assertThat(result.finding().arguments().duration("least")).isEqualTo(result.least());
      }
    });
    assertThat(counted[0]).isGreaterThan(50);
  }
}
