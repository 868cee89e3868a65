package io.github.twentyminute.examples.cli;

import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;
import java.util.stream.Collectors;

/** Renders plans and reports as text for a terminal. */
final class PlanText {
  private PlanText() {}

  static String minutes(Duration d) {
    long s = d.getSeconds();
    return String.format("%d:%02d", s / 60, s % 60);
  }

  static String table(MeetingPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(plan.name()).append(": budget ").append(minutes(plan.budget()))
        .append(", hard ceiling ").append(minutes(plan.hardCeiling())).append('\n');
    out.append(String.format("  %-14s %-23s %s%n", "phase", "min / target / max", "cues"));
    for (PhasePlan phase : plan.phases()) {
      String box = minutes(phase.timeBox().min()) + " / " + minutes(phase.timeBox().target())
          + " / " + minutes(phase.timeBox().max());
      String flags = phase.keepsItsTime() ? " (keeps its time)"
          : phase.absorbsOverruns() ? " (absorbs overruns)" : "";
      String cues = phase.cues().stream().map(Cue::toString).collect(Collectors.joining(", "));
      out.append(String.format("  %-14s %-23s %s%s%n", phase.id(), box, cues, flags));
    }
    for (GroupLimit limit : plan.groupLimits()) {
      out.append("  limit: ").append(limit).append('\n');
    }
    out.append("  totals: min ").append(minutes(plan.totalMinimum()))
        .append(", target ").append(minutes(plan.totalTarget()))
        .append(", max ").append(minutes(plan.totalMaximum())).append('\n');
    return out.toString();
  }

  static String verdict(ValidationReport report) {
    return "Feasibility: " + report.summary();
  }
}
