package io.github.twentyminute.examples;

import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.rules.RuleSet;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Plans a meeting from the book's plan: prints its phases with their time boxes and cues, checks
 * that it can work, then shows what the check says about a plan that promises too little time.
 */
public final class PlanMeetingExample {
  private PlanMeetingExample() {}

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it prints, one line per phase and finding
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    MeetingPlan plan = MeetingPlans.twentyMinute();
    out.append(plan.name()).append(": promise ").append(minutes(plan.budget()))
        .append(", never pass ").append(minutes(plan.hardCeiling())).append('\n');
    for (PhasePlan phase : plan.phases()) {
      out.append(String.format("  %-12s %-19s %s%n", phase.title(), phase.timeBox(),
          phase.cues().stream().map(Cue::id).collect(Collectors.joining(", "))));
    }
    out.append("Can it work? ").append(RuleSet.standard().validate(plan)).append('\n');

    // The same phases promised in 15 minutes: the minimums alone need 16.
    MeetingPlan rushed = MeetingPlan.builder().from(plan).name("Rushed")
        .budget(Duration.ofMinutes(15)).build();
    out.append("Promising 15 minutes instead: ")
        .append(RuleSet.standard().validate(rushed).summary())
        .append('\n');
    return out.toString();
  }

  private static String minutes(Duration duration) {
    return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
  }
}
