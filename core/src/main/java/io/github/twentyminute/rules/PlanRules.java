package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.util.List;

/**
 * The plan's own rules, whether it can work at all: {@code plan.phases}, {@code plan.minimums},
 * {@code plan.targets}, {@code plan.ceiling} and {@code plan.group-limit}. Each applies to a plan
 * alone, and reports at the plan's location in the document checked ({@code plan.budget} in an
 * agenda, {@code budget} in a plan). Their templates are in {@code messages/plan.properties}.
 */
final class PlanRules {
  private PlanRules() {}

  /** The base of the plan's rules: they read the plan only. */
  abstract static class PlanRule extends BuiltInRule {
    PlanRule(String id, Severity severity, String description) {
      super(id, severity, description);
    }

    @Override
    public final boolean appliesToPlanAlone() {
      return true;
    }
  }

  static final class Phases extends PlanRule {
    Phases() {
      super(BuiltInRules.PLAN_PHASES, Severity.ERROR, "The plan has at least one phase");
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().phases().isEmpty()) {
        context.report(context.planLocation().field("phases"), Arguments.none());
      }
    }
  }

  static final class Minimums extends PlanRule {
    Minimums() {
      super(BuiltInRules.PLAN_MINIMUMS, Severity.ERROR,
          "The phases' minimums add up to no more than the plan's budget");
    }

    @Override
    public void check(RuleContext context) {
      MeetingPlan plan = context.plan();
      Duration minimums = plan.totalMinimum();
      if (minimums.compareTo(plan.budget()) > 0) {
        context.report(context.planLocation().field("phases"), Arguments.builder()
            .duration("minimums", minimums)
            .duration("budget", plan.budget())
            .duration("excess", minimums.minus(plan.budget())).build());
      }
    }
  }

  static final class Targets extends PlanRule {
    Targets() {
      super(BuiltInRules.PLAN_TARGETS, Severity.WARNING,
          "The phases' targets add up to exactly the plan's budget");
    }

    @Override
    public void check(RuleContext context) {
      MeetingPlan plan = context.plan();
      Duration targets = plan.totalTarget();
      // Minimums past the budget are plan.minimums' finding; the targets cannot fit either.
      if (plan.phases().isEmpty() || targets.equals(plan.budget())
          || plan.totalMinimum().compareTo(plan.budget()) > 0) {
        return;
      }
      boolean over = targets.compareTo(plan.budget()) > 0;
      context.report(context.planLocation().field("phases"),
          over ? BuiltInRules.PLAN_TARGETS : BuiltInRules.PLAN_TARGETS + ".under",
          Arguments.builder()
              .duration("targets", targets)
              .duration("budget", plan.budget())
              .duration("difference", targets.minus(plan.budget()).abs()).build());
    }
  }

  static final class Ceiling extends PlanRule {
    Ceiling() {
      super(BuiltInRules.PLAN_CEILING, Severity.ERROR,
          "The plan's budget is no more than its hard ceiling");
    }

    @Override
    public void check(RuleContext context) {
      MeetingPlan plan = context.plan();
      if (plan.budget().compareTo(plan.hardCeiling()) > 0) {
        context.report(context.planLocation().field("budget"), Arguments.builder()
            .duration("budget", plan.budget())
            .duration("hardCeiling", plan.hardCeiling()).build());
      }
    }
  }

  /**
   * A group whose phases' minimums pass its limit cannot work (the rule's severity); one whose
   * targets pass it is a milder finding, at most a warning.
   */
  static final class GroupLimits extends PlanRule {
    private static Location groupLimit(RuleContext context, int index) {
      return context.planLocation().field("groupLimits").index(index);
    }

    GroupLimits() {
      super(BuiltInRules.PLAN_GROUP_LIMIT, Severity.ERROR,
          "Each group limit leaves room for its phases' minimums and targets");
    }

    @Override
    public void check(RuleContext context) {
      MeetingPlan plan = context.plan();
      List<GroupLimit> limits = plan.groupLimits();
      for (int i = 0; i < limits.size(); i++) {
        GroupLimit limit = limits.get(i);
        Duration minimums = Duration.ZERO;
        Duration targets = Duration.ZERO;
        for (PhaseId id : limit.phases()) {
          TimeBox box = plan.requirePhase(id).timeBox();
          minimums = minimums.plus(box.min());
          targets = targets.plus(box.target());
        }
        if (minimums.compareTo(limit.max()) > 0) {
          context.report(groupLimit(context, i), Arguments.builder()
              .text("group", limit.name())
              .duration("minimums", minimums)
              .duration("max", limit.max()).build());
        } else if (targets.compareTo(limit.max()) > 0) {
          context.report(groupLimit(context, i), BuiltInRules.PLAN_GROUP_LIMIT + ".targets",
              Arguments.builder()
                  .text("group", limit.name())
                  .duration("targets", targets)
                  .duration("max", limit.max()).build(), Severity.WARNING);
        }
      }
    }
  }
}
