package io.github.twentyminute.examples.cli;

import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twentyminute plan [--minutes N]}: prints a built-in plan and its feasibility verdict. */
@Command(name = "plan", description = "Print a built-in meeting plan and whether it can work.")
final class PlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--minutes",
      defaultValue = "20",
      description = "Which built-in plan: 20 (the book's) or 30. Default: ${DEFAULT-VALUE}.")
  int minutes;

  @Override
  public Integer call() {
    MeetingPlan plan;
    if (minutes == 20) {
      plan = MeetingPlans.twentyMinute();
    } else if (minutes == 30) {
      plan = MeetingPlans.thirtyMinute();
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--minutes must be 20 or 30 (the built-in plans), but was " + minutes);
    }
    ValidationReport report = RuleSet.standard().validate(plan);
    spec.commandLine().getOut().print(PlanText.table(plan));
    spec.commandLine().getOut().println(PlanText.verdict(report));
    return report.isValid() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
