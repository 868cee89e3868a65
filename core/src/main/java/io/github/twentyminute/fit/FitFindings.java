package io.github.twentyminute.fit;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;

/** The ids of the findings of this package; documented in the package documentation. */
final class FitFindings {
  /** An item was dropped. */
  public static final String DROPPED = "fit.dropped";
  /** An item was shortened. */
  public static final String SHORTENED = "fit.shortened";
  /** An item was lengthened. */
  public static final String LENGTHENED = "fit.lengthened";
  /** A step: a phase planned over its time box maximum. */
  public static final String STEP_PHASE_MAXIMUM = "fit.step.phase-maximum";
  /** A step: a phase planned under its time box minimum. */
  public static final String STEP_PHASE_MINIMUM = "fit.step.phase-minimum";
  /** A step: a group of phases planned over its limit. */
  public static final String STEP_GROUP_LIMIT = "fit.step.group-limit";
  /** A step: the agenda planned over its budget. */
  public static final String STEP_OVER_BUDGET = "fit.step.over-budget";
  /** A step: the agenda planned under its budget, filled up. */
  public static final String STEP_UNDER_BUDGET = "fit.step.under-budget";
  /** The summary of an agenda that fitted as it was. */
  public static final String FITS_AS_IS = "fit.fits-as-is";
  /** The summary of an agenda changed to fit. */
  public static final String FITTED = "fit.fitted";
  /** The summary when no fit exists. */
  public static final String NO_FIT = "fit.no-fit";
  /** An obstacle: a phase that keeps its time lies outside its time box. */
  public static final String BLOCKED_PROTECTED_PHASE = "fit.blocked.protected-phase";
  /** An obstacle: must-keep items hold a phase over its maximum. */
  public static final String BLOCKED_MUST_KEEP = "fit.blocked.must-keep";
  /** An obstacle: a phase without items cannot reach its minimum. */
  public static final String BLOCKED_NO_ITEMS = "fit.blocked.no-items";
  /** An obstacle: a phase stays under its minimum. */
  public static final String BLOCKED_PHASE_MINIMUM = "fit.blocked.phase-minimum";
  /** An obstacle: a group of phases stays over its limit. */
  public static final String BLOCKED_GROUP_LIMIT = "fit.blocked.group-limit";
  /** An obstacle: the agenda stays over its budget. */
  public static final String BLOCKED_BUDGET = "fit.blocked.budget";
  /** The least time a phase can be fitted to. */
  public static final String MINIMUM = "fit.minimum";

  private static final Location ITEMS = Location.of("items");
  private static final Location PLAN = Location.of("plan");

  private FitFindings() {}

  static Location item(int index) {
    return ITEMS.index(index).field("planned");
  }

  static Location phase(int index) {
    return PLAN.field("phases").index(index);
  }

  static Location group(int index) {
    return PLAN.field("groupLimits").index(index);
  }

  /** The location of the budget: the plan's, or the whole agenda for a budget of the options. */
  static Location budget(boolean ofThePlan) {
    return ofThePlan ? PLAN.field("budget") : Location.root();
  }

  static Finding change(FitChange.Kind kind, boolean sharedEqually, int index, String itemId,
      PhaseId phase, int priority, Duration from, Duration to) {
    String id = kind == FitChange.Kind.DROPPED ? DROPPED
        : kind == FitChange.Kind.SHORTENED ? SHORTENED : LENGTHENED;
    return Finding.of(id, item(index), sharedEqually ? id + ".equally" : id, Arguments.builder()
        .text("itemId", itemId).text("phase", phase.value()).count("priority", priority)
        .duration("from", from).duration("to", to).duration("amount", to.minus(from).abs())
        .build());
  }

  static Finding phaseStep(int index, PhaseId phase, Duration planned, Duration limit,
      boolean overMaximum) {
    return Finding.of(overMaximum ? STEP_PHASE_MAXIMUM : STEP_PHASE_MINIMUM, phase(index),
        Arguments.builder().text("phase", phase.value()).duration("planned", planned)
            .duration(overMaximum ? "maximum" : "minimum", limit).build());
  }

  static Finding groupStep(int index, GroupLimit group, Duration planned) {
    return Finding.of(STEP_GROUP_LIMIT, group(index), groupArguments(group, planned));
  }

  static Finding budgetStep(Location at, Duration planned, Duration budget) {
    return Finding.of(planned.compareTo(budget) > 0 ? STEP_OVER_BUDGET : STEP_UNDER_BUDGET, at,
        Arguments.builder().duration("planned", planned).duration("budget", budget).build());
  }

  static Finding fitsAsIs(Duration planned, Duration budget) {
    return Finding.of(FITS_AS_IS, Location.root(),
        Arguments.builder().duration("planned", planned).duration("budget", budget).build());
  }

  static Finding fitted(Duration from, Duration to, Duration budget, long[] byKind) {
    return Finding.of(FITTED, Location.root(), Arguments.builder()
        .duration("from", from).duration("to", to).duration("budget", budget)
        .count("changed", byKind[0] + byKind[1] + byKind[2])
        .count("dropped", byKind[FitChange.Kind.DROPPED.ordinal()])
        .count("shortened", byKind[FitChange.Kind.SHORTENED.ordinal()])
        .count("lengthened", byKind[FitChange.Kind.LENGTHENED.ordinal()]).build());
  }

  static Finding noFit(Duration planned, Duration budget, Duration least, int obstacles) {
    return Finding.of(NO_FIT, Location.root(), Arguments.builder()
        .duration("planned", planned).duration("budget", budget).duration("least", least)
        .count("obstacles", obstacles).build());
  }

  static Finding protectedPhase(int index, PhaseId phase, Duration planned, Duration limit,
      boolean aboveMaximum) {
    return blocked(BLOCKED_PROTECTED_PHASE, phase(index),
        aboveMaximum ? BLOCKED_PROTECTED_PHASE + ".maximum" : BLOCKED_PROTECTED_PHASE,
        Arguments.builder().text("phase", phase.value()).duration("planned", planned)
            .duration(aboveMaximum ? "maximum" : "minimum", limit).build());
  }

  static Finding mustKeep(int index, PhaseId phase, Duration planned, Duration maximum,
      Duration mustKeep) {
    return blocked(BLOCKED_MUST_KEEP, phase(index), BLOCKED_MUST_KEEP, Arguments.builder()
        .text("phase", phase.value()).duration("planned", planned).duration("maximum", maximum)
        .duration("mustKeep", mustKeep).build());
  }

  static Finding noItems(int index, PhaseId phase, Duration minimum) {
    return blocked(BLOCKED_NO_ITEMS, phase(index), BLOCKED_NO_ITEMS, Arguments.builder()
        .text("phase", phase.value()).duration("minimum", minimum).build());
  }

  static Finding underMinimum(int index, PhaseId phase, Duration planned, Duration minimum) {
    return blocked(BLOCKED_PHASE_MINIMUM, phase(index), BLOCKED_PHASE_MINIMUM,
        Arguments.builder().text("phase", phase.value()).duration("planned", planned)
            .duration("minimum", minimum).build());
  }

  static Finding groupOverLimit(int index, GroupLimit group, Duration planned) {
    return blocked(BLOCKED_GROUP_LIMIT, group(index), BLOCKED_GROUP_LIMIT,
        groupArguments(group, planned));
  }

  static Finding overBudget(Location at, Duration planned, Duration budget) {
    return blocked(BLOCKED_BUDGET, at, BLOCKED_BUDGET, Arguments.builder()
        .duration("planned", planned).duration("budget", budget)
        .duration("over", planned.minus(budget)).build());
  }

  static Finding minimum(int index, PhaseId phase, Duration least, PhaseMinimum.Cause cause) {
    String key = cause == PhaseMinimum.Cause.TIME_BOX ? MINIMUM
        : cause == PhaseMinimum.Cause.MUST_KEEP_ITEMS ? MINIMUM + ".must-keep"
        : MINIMUM + ".keeps-its-time";
    return Finding.of(MINIMUM, phase(index), key, Arguments.builder()
        .text("phase", phase.value()).duration("least", least).build());
  }

  private static Arguments groupArguments(GroupLimit group, Duration planned) {
    return Arguments.builder().text("group", group.name()).duration("planned", planned)
        .duration("limit", group.max()).build();
  }

  private static Finding blocked(String id, Location at, String key, Arguments arguments) {
    return Finding.of(id, at, key, arguments).withSeverity(Severity.ERROR);
  }
}
