package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
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
      Duration cut = total.minus(plan.budget());
      AgendaItem candidate = leastImportant(agenda.items());
      context.report(ITEMS,
          "agenda planned for " + format(total) + "; the plan's budget is "
              + format(plan.budget()),
          "Cut " + format(cut) + " to keep to the " + format(plan.budget()) + " you promised"
              + (candidate == null
                  ? ": shorten the items, or agree a longer meeting"
                  : ": shorten or drop your lowest-priority items, such as " + candidate.id()
                      + " (" + format(candidate.planned()) + ")"));
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
      context.report(ITEMS,
          "agenda planned for " + format(total) + "; the hard ceiling is "
              + format(plan.hardCeiling()) + " (the budget is " + format(plan.budget()) + ")",
          "Cut at least " + format(total.minus(plan.hardCeiling())) + " to stay under the"
              + " ceiling, and " + format(total.minus(plan.budget())) + " to keep to the "
              + format(plan.budget()) + " you promised");
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
