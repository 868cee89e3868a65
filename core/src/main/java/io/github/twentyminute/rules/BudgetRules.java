package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.MeetingPlan;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules on the agenda's total time: {@code budget.total} and {@code budget.ceiling}. */
final class BudgetRules {
  private BudgetRules() {}

  static final class Total extends BuiltInRule {
    Total() {
      super(BuiltInRules.BUDGET_TOTAL, Severity.ERROR,
          "The agenda's planned time keeps to the plan's budget, the time promised");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      MeetingPlan plan = agenda.plan();
      Duration total = agenda.totalPlanned();
      if (total.compareTo(plan.budget()) <= 0 || total.compareTo(plan.hardCeiling()) > 0) {
        return;
      }
      Arguments.Builder arguments = Arguments.builder()
          .duration("planned", total)
          .duration("budget", plan.budget())
          .duration("excess", total.minus(plan.budget()));
      AgendaItem candidate = leastImportant(agenda.items());
      if (candidate == null) {
        context.report(ITEMS, BuiltInRules.BUDGET_TOTAL + ".no-candidate", arguments.build());
        return;
      }
      context.report(ITEMS, arguments
          .text("candidate", candidate.id())
          .duration("candidatePlanned", candidate.planned()).build());
    }
  }

  static final class Ceiling extends BuiltInRule {
    Ceiling() {
      super(BuiltInRules.BUDGET_CEILING, Severity.ERROR,
          "The agenda's planned time stays within the plan's hard ceiling");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      MeetingPlan plan = agenda.plan();
      Duration total = agenda.totalPlanned();
      if (total.compareTo(plan.hardCeiling()) <= 0) {
        return;
      }
      context.report(ITEMS, Arguments.builder()
          .duration("planned", total)
          .duration("hardCeiling", plan.hardCeiling())
          .duration("budget", plan.budget())
          .duration("overCeiling", total.minus(plan.hardCeiling()))
          .duration("excess", total.minus(plan.budget())).build());
    }
  }

  /** Returns the item to cut first: the highest priority number, the latest among equals. */
  static @Nullable AgendaItem leastImportant(List<AgendaItem> items) {
    AgendaItem least = null;
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (!item.mustKeep() && (least == null || item.priority() >= least.priority())) {
        least = item;
      }
    }
    return least;
  }
}
