package io.github.twentyminute.examples.cli;

import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code twentyminute demo}: the library's main job on built-in sample data, no input needed. */
@Command(name = "demo", description = "Show the whole flow on built-in sample data.")
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MeetingPlan plan = MeetingPlans.twentyMinute();
    out.println("== The plan ==");
    out.print(PlanText.table(plan));
    out.println(PlanText.verdict(plan.feasibility()));
    return 0;
  }
}
