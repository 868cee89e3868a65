package io.github.twentyminute.plan;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks whether a {@link MeetingPlan} can work, reporting findings as the agenda rules do. The checks, with their stable rule ids:
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
    List<Finding> found = new ArrayList<>();
    Location phases = Location.of("phases");
    if (plan.phases().isEmpty()) {
      found.add(Finding.of(PHASES, phases, Arguments.none()).withSeverity(Severity.ERROR));
    }
    Duration minimums = plan.totalMinimum();
    boolean minimumsExceed = minimums.compareTo(plan.budget()) > 0;
    if (minimumsExceed) {
      found.add(Finding.of(MINIMUMS, phases, Arguments.builder()
          .duration("minimums", minimums)
          .duration("budget", plan.budget())
          .duration("excess", minimums.minus(plan.budget())).build())
          .withSeverity(Severity.ERROR));
    }
    Duration targets = plan.totalTarget();
    if (!minimumsExceed && !plan.phases().isEmpty() && !targets.equals(plan.budget())) {
      boolean over = targets.compareTo(plan.budget()) > 0;
      found.add(Finding.of(TARGETS, phases, over ? TARGETS : TARGETS + ".under",
          Arguments.builder()
              .duration("targets", targets)
              .duration("budget", plan.budget())
              .duration("difference", targets.minus(plan.budget()).abs()).build())
          .withSeverity(Severity.WARNING));
    }
    if (plan.budget().compareTo(plan.hardCeiling()) > 0) {
      found.add(Finding.of(CEILING, Location.of("budget"), Arguments.builder()
          .duration("budget", plan.budget())
          .duration("hardCeiling", plan.hardCeiling()).build())
          .withSeverity(Severity.ERROR));
    }
    for (int i = 0; i < plan.groupLimits().size(); i++) {
      checkGroup(plan, plan.groupLimits().get(i), Location.of("groupLimits").index(i), found);
    }
    return ValidationReport.of(RULES, found);
  }

  private static void checkGroup(
      MeetingPlan plan, GroupLimit limit, Location path, List<Finding> found) {
    Duration minimums = Duration.ZERO;
    Duration targets = Duration.ZERO;
    for (PhaseId id : limit.phases()) {
      TimeBox box = plan.requirePhase(id).timeBox();
      minimums = minimums.plus(box.min());
      targets = targets.plus(box.target());
    }
    Arguments.Builder arguments = Arguments.builder().text("group", limit.name());
    if (minimums.compareTo(limit.max()) > 0) {
      found.add(Finding.of(GROUP_LIMIT, path, arguments
          .duration("minimums", minimums)
          .duration("max", limit.max()).build())
          .withSeverity(Severity.ERROR));
    } else if (targets.compareTo(limit.max()) > 0) {
      found.add(Finding.of(GROUP_LIMIT, path, GROUP_LIMIT + ".targets", arguments
          .duration("targets", targets)
          .duration("max", limit.max()).build())
          .withSeverity(Severity.WARNING));
    }
  }
}
