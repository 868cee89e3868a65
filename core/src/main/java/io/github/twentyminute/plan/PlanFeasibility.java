package io.github.twentyminute.plan;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.rules.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks whether a {@link MeetingPlan} can work, reporting in the same violation model as the
 * agenda rules. The checks, with their stable rule ids:
 *
 * <ul>
 *   <li>{@value #PHASES} (error): the plan has no phases.
 *   <li>{@value #MINIMUMS} (error): the phases' minimums add up to more than the budget.
 *   <li>{@value #TARGETS} (warning): the phases' targets do not add up to the budget; not
 *       reported when the minimums already exceed it.
 *   <li>{@value #CEILING} (error): the budget is above the hard ceiling.
 *   <li>{@value #GROUP_LIMIT}: the minimums of a group's phases add up to more than the group's
 *       limit (error), or their targets do (warning).
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanFeasibility {
  /** Rule id: the plan has no phases. */
  public static final String PHASES = "plan.phases";
  /** Rule id: the phases' minimums exceed the budget. */
  public static final String MINIMUMS = "plan.minimums";
  /** Rule id: the phases' targets do not add up to the budget. */
  public static final String TARGETS = "plan.targets";
  /** Rule id: the budget is above the hard ceiling. */
  public static final String CEILING = "plan.ceiling";
  /** Rule id: a group limit clashes with its phases' own time boxes. */
  public static final String GROUP_LIMIT = "plan.group-limit";

  private static final List<String> RULES = List.of(PHASES, MINIMUMS, TARGETS, CEILING, GROUP_LIMIT);

  private PlanFeasibility() {}

  /**
   * Checks a plan.
   *
   * @param plan the plan, not null
   * @return the report; valid when the plan can work
   */
  public static ValidationReport check(MeetingPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Violation> found = new ArrayList<>();
    if (plan.phases().isEmpty()) {
      found.add(Violation.of(PHASES, Severity.ERROR, Location.of("phases"),
          "plan has no phases; expected at least one",
          "Add the phases of the meeting, such as introduction, overview, discussion and ending"));
    }
    Duration minimums = plan.totalMinimum();
    boolean minimumsExceed = minimums.compareTo(plan.budget()) > 0;
    if (minimumsExceed) {
      found.add(Violation.of(MINIMUMS, Severity.ERROR, Location.of("phases"),
          "plan cannot fit: phase minimums add up to " + format(minimums) + " against a "
              + format(plan.budget()) + " budget",
          "Lower the minimum of a phase by " + format(minimums.minus(plan.budget()))
              + " or raise the budget"));
    }
    Duration targets = plan.totalTarget();
    if (!minimumsExceed && !plan.phases().isEmpty() && !targets.equals(plan.budget())) {
      boolean over = targets.compareTo(plan.budget()) > 0;
      found.add(Violation.of(TARGETS, Severity.WARNING, Location.of("phases"),
          "phase targets add up to " + format(targets) + "; expected the " + format(plan.budget())
              + " budget",
          (over ? "Lower" : "Raise") + " the targets by " + format(targets.minus(plan.budget()).abs())
              + " so the plan uses exactly its budget"));
    }
    if (plan.budget().compareTo(plan.hardCeiling()) > 0) {
      found.add(Violation.of(CEILING, Severity.ERROR, Location.of("budget"),
          "budget " + format(plan.budget()) + " is above the hard ceiling "
              + format(plan.hardCeiling()),
          "Promise no more than " + format(plan.hardCeiling()) + ", or raise the ceiling"));
    }
    for (int i = 0; i < plan.groupLimits().size(); i++) {
      checkGroup(plan, plan.groupLimits().get(i), Location.of("groupLimits").index(i), found);
    }
    return ValidationReport.of(RULES, found);
  }

  private static void checkGroup(
      MeetingPlan plan, GroupLimit limit, Location path, List<Violation> found) {
    Duration minimums = Duration.ZERO;
    Duration targets = Duration.ZERO;
    for (PhaseId id : limit.phases()) {
      TimeBox box = plan.requirePhase(id).timeBox();
      minimums = minimums.plus(box.min());
      targets = targets.plus(box.target());
    }
    if (minimums.compareTo(limit.max()) > 0) {
      found.add(Violation.of(GROUP_LIMIT, Severity.ERROR, path,
          limit.name() + " minimums add up to " + format(minimums) + " against the group's "
              + format(limit.max()) + " limit",
          "Lower the minimums of " + limit.name() + " or raise the group limit"));
    } else if (targets.compareTo(limit.max()) > 0) {
      found.add(Violation.of(GROUP_LIMIT, Severity.WARNING, path,
          limit.name() + " targets add up to " + format(targets) + " against the group's "
              + format(limit.max()) + " limit",
          "Lower the targets of " + limit.name() + " to " + format(limit.max()) + " in all"));
    }
  }
}
